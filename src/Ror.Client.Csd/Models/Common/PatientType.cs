using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>The patients taken in charge by a unit (patientèle).</summary>
/// <remarks>XSD type <c>patientType</c>.</remarks>
[CsdTypeName("patientType")]
public sealed record PatientType
{
    /// <summary>Public taken in charge (public pris en charge), TRE_R239-PublicPrisEnCharge. Wire element <c>supportedPatient</c> (zero or more).</summary>
    [CsdElementName("supportedPatient")]
    public EquatableList<CodedType> SupportedPatients { get; init; } = [];

    /// <summary>Minimum age (âge minimum). Wire element <c>patientTypeAgeMin</c> (required).</summary>
    [CsdElementName("patientTypeAgeMin")]
    public required Measurement MinimumAge { get; init; }

    /// <summary>Maximum age (âge maximum). Wire element <c>patientTypeAgeMax</c> (required).</summary>
    [CsdElementName("patientTypeAgeMax")]
    public required Measurement MaximumAge { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
