namespace Ror.Client.Csd.Models;

/// <summary>A link to another entity by its <c>entityID</c> (XSD type <c>uniqueID</c> used on its own), e.g. <c>organization/parent</c>, <c>facilityExtension/parentFacility</c>, <c>facilityExtension/equipment</c>.</summary>
/// <remarks>The XSD type <c>uniqueID</c> is modelled by the abstract <see cref="UniqueId"/>; this record is its concrete use as a reference.</remarks>
public sealed record EntityReference : UniqueId;
