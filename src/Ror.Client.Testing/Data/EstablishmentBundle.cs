using Ror.Client.Csd;
using Ror.Client.Csd.Identifiers;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Testing.Data;

/// <summary>
/// Everything the ROR holds about one establishment (EG): its legal entity (EJ), the EG itself, its internal
/// organisations and elementary units (facilities), their operational activities (services), specific
/// equipment (devices) and professionals (providers). This is the unit the simulator reads, changes and streams.
/// </summary>
public sealed record EstablishmentBundle
{
    /// <summary>The legal entity (entité juridique, EJ): an <c>organization</c> without parent.</summary>
    public required Organization LegalEntity { get; init; }

    /// <summary>The establishment (entité géographique, EG): an <c>organization</c> whose parent is <see cref="LegalEntity"/>.</summary>
    public required Organization Establishment { get; init; }

    /// <summary>The internal organisations (pôles, services, UF) and elementary units (UE), parents before children.</summary>
    public EquatableList<Facility> Facilities { get; init; } = [];

    /// <summary>The operational activities linked from the units.</summary>
    public EquatableList<Service> Services { get; init; } = [];

    /// <summary>The specific equipment referenced by the units.</summary>
    public EquatableList<Device> Devices { get; init; } = [];

    /// <summary>The professionals working in the units.</summary>
    public EquatableList<Provider> Providers { get; init; } = [];

    /// <summary>
    /// The idNat_Struct of the establishment: the code of its first <c>otherID</c> issued by a structure-identifier
    /// authority (<see cref="IdentifierAuthorities.IsStructureIdentifierAuthority"/>), else of its first <c>otherID</c>.
    /// </summary>
    public string StructureId => StructureIdOf(Establishment);

    /// <summary>The latest <c>record/@updated</c> among the top-level entities of the bundle (EJ, EG, facilities, services, devices, providers).</summary>
    public DateTimeOffset LastUpdated
    {
        get
        {
            var last = LegalEntity.Record.Updated > Establishment.Record.Updated ? LegalEntity.Record.Updated : Establishment.Record.Updated;
            foreach (var updated in Facilities.Select(f => f.Record.Updated)
                .Concat(Services.Select(s => s.Record.Updated))
                .Concat(Devices.Select(d => d.Record.Updated))
                .Concat(Providers.Select(p => p.Record.Updated)))
            {
                if (updated > last)
                {
                    last = updated;
                }
            }

            return last;
        }
    }

    /// <summary>The establishment as a CSD document: EJ and EG, then its facilities, services, providers and devices.</summary>
    public CsdDocument ToDocument() => new()
    {
        Organizations = LegalEntity.EntityId == Establishment.EntityId ? [Establishment] : [LegalEntity, Establishment],
        Services = Services,
        Facilities = Facilities,
        Providers = Providers,
        Devices = Devices,
    };

    /// <summary>Summarises the bundle: identifier, last update, champs and publics of its units.</summary>
    public EstablishmentSummary Summarize()
    {
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        var patients = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var facility in Facilities)
        {
            if (!IsElementaryUnit(facility))
            {
                continue;
            }

            foreach (var extension in facility.Extensions)
            {
                foreach (var field in extension.ActivityTypes)
                {
                    fields.Add(field.Code);
                }

                foreach (var patient in extension.PatientType.SupportedPatients)
                {
                    patients.Add(patient.Code);
                }
            }
        }

        return new EstablishmentSummary
        {
            StructureId = StructureId,
            EntityId = Establishment.EntityId,
            LastUpdated = LastUpdated,
            ActivityFields = [.. fields],
            SupportedPatients = [.. patients],
        };
    }

    /// <summary>Whether a facility is an elementary unit (UE): its TRE_R207 <c>codedType</c> has code <c>4</c>.</summary>
    /// <param name="facility">The facility.</param>
    public static bool IsElementaryUnit(Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        foreach (var code in facility.Codes)
        {
            if (code.CodingScheme == RorCodeSystems.InternalOrganizationType)
            {
                return code.Code == InternalOrganizationTypeCodes.ElementaryUnit;
            }
        }

        return facility.Codes.Any(c => c.Code == InternalOrganizationTypeCodes.ElementaryUnit);
    }

    internal static string StructureIdOf(Organization organization)
    {
        foreach (var id in organization.OtherIds)
        {
            if (IdentifierAuthorities.IsStructureIdentifierAuthority(id.AssigningAuthorityName))
            {
                return id.Code;
            }
        }

        return organization.OtherIds.Count > 0 ? organization.OtherIds[0].Code : string.Empty;
    }
}
