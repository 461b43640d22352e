namespace Ror.Client.Csd.Models;

/// <summary>An extension of the base type <c>extension</c> itself, with no ROR-specific content (e.g. <c>facility/organizations/organization/extension</c>).</summary>
/// <remarks>Concrete use of the XSD type <c>extension</c>, which is modelled by the abstract <see cref="CsdExtension"/>.</remarks>
public sealed record GenericExtension : CsdExtension;
