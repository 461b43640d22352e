namespace Ror.Client.Csd.Identifiers;

/// <summary>
/// The assigning authorities (<c>otherID/@assigningAuthorityName</c>) seen for ROR identifiers.
/// </summary>
/// <remarks>
/// Two authorities are seen in the wild for idNat_Struct and both must be accepted when reading; match
/// identifiers on their code. Which one the national server expects in requests is not published.
/// </remarks>
public static class IdentifierAuthorities
{
    /// <summary>
    /// <c>1.2.250.1.71.1.2.14</c>: the OID of TRE_G07 (TypeIdentifiantStructure), sent by the ANS test
    /// platform in requests and seen in TR-Notif answers. The SDK's default for <c>id_etablissement</c>.
    /// </summary>
    public const string StructureIdentifierTypes = "1.2.250.1.71.1.2.14";

    /// <summary><c>1.2.250.1.71.4.2.2</c>: the idNat_Struct system, expected by the 2023 ANS checks and used by the FHIR API.</summary>
    public const string NationalStructureIdentifier = "1.2.250.1.71.4.2.2";

    /// <summary><c>1.2.250.1.71.4.2.1</c>: the idNat_PS system (RPPS or ADELI of a professional).</summary>
    public const string NationalProfessionalIdentifier = "1.2.250.1.71.4.2.1";

    /// <summary>Whether an authority is one of the two seen for idNat_Struct.</summary>
    /// <param name="assigningAuthorityName">The <c>@assigningAuthorityName</c> to test.</param>
    /// <returns><see langword="true"/> for <see cref="StructureIdentifierTypes"/> or <see cref="NationalStructureIdentifier"/>.</returns>
    public static bool IsStructureIdentifierAuthority(string? assigningAuthorityName) =>
        assigningAuthorityName is StructureIdentifierTypes or NationalStructureIdentifier;
}
