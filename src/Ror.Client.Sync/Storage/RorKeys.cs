using Ror.Client.Csd.Identifiers;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Csd.Offer;

namespace Ror.Client.Sync.Storage;

/// <summary>
/// Business keys of the stored objects (idNat_Struct, identifiantOI, idNat_PS) and the values
/// derived from the CSD models (level, département). <c>entityID</c> is opaque and only links objects
/// inside one document, so it is never a key.
/// </summary>
internal static class RorKeys
{
    /// <summary>Prefix of a key built from an <c>entityID</c> when an object carries no business identifier.</summary>
    public const string EntityKeyPrefix = "entity:";

    /// <summary>The idNat_Struct of an EJ or EG (see <see cref="RorOfferClassification.GetStructureIdentifier"/>), else the entityID.</summary>
    public static string ForOrganization(Organization organization) =>
        organization.GetStructureIdentifier() ?? EntityKeyPrefix + organization.EntityId;

    /// <summary>The identifiantOI of a facility (see <see cref="RorOfferClassification.GetInternalOrganizationIdentifier"/>), else the entityID.</summary>
    public static string ForFacility(Facility facility) =>
        facility.GetInternalOrganizationIdentifier() ?? EntityKeyPrefix + facility.EntityId;

    /// <summary>The idNat_PS of a professional: the <c>otherID</c> of the idNat_PS authority, else the first one, else the entityID.</summary>
    public static string ForProvider(Provider provider)
    {
        foreach (var id in provider.OtherIds)
        {
            if (id.AssigningAuthorityName == IdentifierAuthorities.NationalProfessionalIdentifier && !string.IsNullOrWhiteSpace(id.Code))
            {
                return id.Code;
            }
        }

        foreach (var id in provider.OtherIds)
        {
            if (!string.IsNullOrWhiteSpace(id.Code))
            {
                return id.Code;
            }
        }

        return EntityKeyPrefix + provider.EntityId;
    }

    /// <summary>The TRE_R207 level of a facility (1 pôle, 2 service, 3 UF, 4 UE), or null when it has none.</summary>
    public static int? LevelOf(Facility facility) =>
        facility.GetLevel() is var level && level != InternalOrganizationLevel.Unknown ? (int)level : null;

    /// <summary>
    /// The département of a place: from the INSEE commune code (<c>cityNumber</c>) when present, else
    /// from the postcode. Corsica gives 2A/2B, overseas départements three characters.
    /// </summary>
    public static string? DepartmentOf(string? cityCode, string? postCode)
    {
        if (!string.IsNullOrWhiteSpace(cityCode) && cityCode.Trim().Length == 5)
        {
            var code = cityCode.Trim();
            if (code.StartsWith("2A", StringComparison.OrdinalIgnoreCase) || code.StartsWith("2B", StringComparison.OrdinalIgnoreCase))
            {
                return code[..2].ToUpperInvariant();
            }

            return code.StartsWith("97", StringComparison.Ordinal) || code.StartsWith("98", StringComparison.Ordinal) ? code[..3] : code[..2];
        }

        if (!string.IsNullOrWhiteSpace(postCode) && postCode.Trim().Length == 5 && postCode.Trim().All(char.IsAsciiDigit))
        {
            var code = postCode.Trim();
            if (code.StartsWith("20", StringComparison.Ordinal))
            {
                // Postcodes 200xx-201xx are Corse-du-Sud, the others Haute-Corse.
                return code[2] is '0' or '1' ? "2A" : "2B";
            }

            return code.StartsWith("97", StringComparison.Ordinal) || code.StartsWith("98", StringComparison.Ordinal) ? code[..3] : code[..2];
        }

        return null;
    }

    /// <summary>A confidentiality level (TRE_R283) as a number; an unknown or missing level counts as the most restricted.</summary>
    public static int ConfidentialityOf(CodedType? level) =>
        level?.Code switch
        {
            ConfidentialityLevelCodes.Public => 1,
            ConfidentialityLevelCodes.Restricted => 2,
            _ => 3,
        };
}
