using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A native CSD contact of an organization or facility: either a provider or a person. The ROR does not use it ("ne pas utiliser": contacts are in the ROR extension, see <see cref="Contact"/>).</summary>
/// <remarks>XSD type <c>organization/contact</c>, <c>facility/contact</c>. Choice: <see cref="NativeProviderContact"/> (element <c>provider</c>) or <see cref="NativePersonContact"/> (element <c>person</c>).</remarks>
[CsdTypeName("organization/contact")]
[CsdTypeName("facility/contact")]
public abstract record NativeContact;
