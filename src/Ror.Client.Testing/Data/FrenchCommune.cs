namespace Ror.Client.Testing.Data;

/// <summary>A real French commune: INSEE code (TRE_R13), a postcode, département, region (TRE_R30) and town-hall coordinates.</summary>
internal sealed record FrenchCommune(
    string InseeCode,
    string Name,
    string PostCode,
    string Department,
    string Region,
    double Latitude,
    double Longitude);
