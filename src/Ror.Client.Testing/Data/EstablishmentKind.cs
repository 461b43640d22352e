namespace Ror.Client.Testing.Data;

/// <summary>The kinds of establishment the generator produces, each with its own tree shape and champs.</summary>
internal enum EstablishmentKind
{
    GeneralHospital,
    PrivateClinic,
    Rehabilitation,
    Psychiatric,
    ElderlyResidence,
    DisabilityFacility,
    HomeCareService,
    HealthCentre,
}
