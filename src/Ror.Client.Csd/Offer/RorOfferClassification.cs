using Ror.Client.Csd.Identifiers;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Csd.Offer;

/// <summary>
/// Reads the ROR meaning of raw CSD entities: EJ or EG, level of an internal organisation, business
/// identifiers and activity fields.
/// </summary>
public static class RorOfferClassification
{
    /// <summary>Whether an organization is a legal entity (EJ, no <c>parent</c>) or an establishment (EG).</summary>
    /// <param name="organization">The organization.</param>
    /// <returns><see cref="OrganizationRole.Establishment"/> when <c>parent</c> is present, else <see cref="OrganizationRole.LegalEntity"/>.</returns>
    public static OrganizationRole GetRole(this Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return organization.Parent is null ? OrganizationRole.LegalEntity : OrganizationRole.Establishment;
    }

    /// <summary>
    /// The level of an internal organisation: the <c>codedType</c> whose <c>codingScheme</c> is TRE_R207
    /// (<see cref="RorCodeSystems.InternalOrganizationType"/>), else any <c>codedType</c> with code 1 to 4.
    /// </summary>
    /// <param name="facility">The internal organisation.</param>
    /// <returns>The level, or <see cref="InternalOrganizationLevel.Unknown"/>.</returns>
    public static InternalOrganizationLevel GetLevel(this Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        foreach (var code in facility.Codes)
        {
            if (code.CodingScheme == RorCodeSystems.InternalOrganizationType)
            {
                return ParseLevel(code.Code);
            }
        }

        foreach (var code in facility.Codes)
        {
            var level = ParseLevel(code.Code);
            if (level != InternalOrganizationLevel.Unknown)
            {
                return level;
            }
        }

        return InternalOrganizationLevel.Unknown;
    }

    /// <summary>Whether an internal organisation is an elementary unit (UE, TRE_R207 code 4).</summary>
    /// <param name="facility">The internal organisation.</param>
    /// <returns><see langword="true"/> for a UE.</returns>
    public static bool IsElementaryUnit(this Facility facility) => facility.GetLevel() == InternalOrganizationLevel.ElementaryUnit;

    /// <summary>
    /// The idNat_Struct of an EJ or EG: the first <c>otherID</c> whose authority is one of the two of
    /// <see cref="IdentifierAuthorities.IsStructureIdentifierAuthority"/>, else the first non-empty <c>otherID</c>.
    /// </summary>
    /// <param name="organization">The organization.</param>
    /// <returns>The identifier code, or <see langword="null"/> when the organization has none.</returns>
    public static string? GetStructureIdentifier(this Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        foreach (var id in organization.OtherIds)
        {
            if (IdentifierAuthorities.IsStructureIdentifierAuthority(id.AssigningAuthorityName) && !string.IsNullOrWhiteSpace(id.Code))
            {
                return id.Code;
            }
        }

        return FirstNonEmpty(organization.OtherIds);
    }

    /// <summary>
    /// The identifiantOI of an internal organisation (<c>region/ROR id</c>, e.g. <c>52/100042</c>): the first
    /// <c>otherID</c> that contains a <c>/</c>, else the first non-empty <c>otherID</c>.
    /// </summary>
    /// <param name="facility">The internal organisation.</param>
    /// <returns>The identifier, or <see langword="null"/> when the facility has none.</returns>
    public static string? GetInternalOrganizationIdentifier(this Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        foreach (var id in facility.OtherIds)
        {
            if (InternalOrganizationIdentifier.TryParse(id.Code, out _))
            {
                return id.Code;
            }
        }

        return FirstNonEmpty(facility.OtherIds);
    }

    /// <summary>
    /// The activity fields (champs d'activité, TRE_R227 <c>typeActivity</c>) of an internal organisation, e.g.
    /// <c>01</c> MCO or <c>04</c> medico-social (<see cref="ActivityFieldCodes"/>), without duplicates.
    /// </summary>
    /// <param name="facility">The internal organisation.</param>
    /// <returns>The codes, in document order.</returns>
    public static IReadOnlyList<string> GetActivityFields(this Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        var fields = new List<string>();
        foreach (var extension in facility.Extensions)
        {
            foreach (var activity in extension.ActivityTypes)
            {
                if (!fields.Contains(activity.Code, StringComparer.Ordinal))
                {
                    fields.Add(activity.Code);
                }
            }
        }

        return fields;
    }

    /// <summary>Whether an internal organisation has a given activity field.</summary>
    /// <param name="facility">The internal organisation.</param>
    /// <param name="activityField">A TRE_R227 code such as <see cref="ActivityFieldCodes.MedicoSocial"/>.</param>
    /// <returns><see langword="true"/> when one of its <c>typeActivity</c> has this code.</returns>
    public static bool HasActivityField(this Facility facility, string activityField)
    {
        ArgumentNullException.ThrowIfNull(facility);
        foreach (var extension in facility.Extensions)
        {
            foreach (var activity in extension.ActivityTypes)
            {
                if (activity.Code == activityField)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether an internal organisation is flagged <c>sensitiveUnit = true</c> in one of its extensions.</summary>
    /// <param name="facility">The internal organisation.</param>
    /// <returns><see langword="true"/> for a sensitive unit.</returns>
    public static bool IsSensitiveUnit(this Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        foreach (var extension in facility.Extensions)
        {
            if (extension.IsSensitiveUnit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>extension/parentFacility/@entityID</c> of an internal organisation, if any.</summary>
    /// <param name="facility">The internal organisation.</param>
    /// <returns>The parent's entityID, or <see langword="null"/> when the OI hangs directly under its establishment.</returns>
    public static string? GetParentFacilityId(this Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        foreach (var extension in facility.Extensions)
        {
            if (extension.ParentFacility is { } parent && !string.IsNullOrEmpty(parent.EntityId))
            {
                return parent.EntityId;
            }
        }

        return null;
    }

    /// <summary>
    /// The number of elementary units (UE) of a document: the value <c>facilityNumber</c> must have (RG_ALIM_019).
    /// </summary>
    /// <param name="document">The document, e.g. a <c>queryResult</c>.</param>
    /// <returns>The number of facilities whose level is <see cref="InternalOrganizationLevel.ElementaryUnit"/>.</returns>
    public static int CountElementaryUnits(CsdDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var count = 0;
        foreach (var facility in document.Facilities)
        {
            if (facility.IsElementaryUnit())
            {
                count++;
            }
        }

        return count;
    }

    private static InternalOrganizationLevel ParseLevel(string? code) => code?.Trim() switch
    {
        InternalOrganizationTypeCodes.Pole => InternalOrganizationLevel.Pole,
        InternalOrganizationTypeCodes.Service => InternalOrganizationLevel.Service,
        InternalOrganizationTypeCodes.FunctionalUnit => InternalOrganizationLevel.FunctionalUnit,
        InternalOrganizationTypeCodes.ElementaryUnit => InternalOrganizationLevel.ElementaryUnit,
        _ => InternalOrganizationLevel.Unknown,
    };

    private static string? FirstNonEmpty(EquatableList<OtherId> ids)
    {
        foreach (var id in ids)
        {
            if (!string.IsNullOrWhiteSpace(id.Code))
            {
                return id.Code;
            }
        }

        return null;
    }
}
