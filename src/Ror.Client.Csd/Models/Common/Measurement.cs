using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A quantity with its unit (mesure), e.g. an age in years. The XSD type name is misspelled <c>mesurement</c>.</summary>
/// <remarks>XSD type <c>mesurement</c>.</remarks>
[CsdTypeName("mesurement")]
public sealed record Measurement
{
    /// <summary>The value (valeur). Wire element <c>value</c> (required).</summary>
    [CsdElementName("value")]
    public required int Value { get; init; }

    /// <summary>The unit (unité), TRE_R247-UcumUniteMesure (UCUM, <c>a</c> for years). Wire element <c>unit</c> (required).</summary>
    [CsdElementName("unit")]
    public required CodedType Unit { get; init; }
}
