using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Csd.Offer;

namespace Ror.Client.Csd.Access;

/// <summary>
/// The structure-only view of an establishment, as answered to <c>restrictedOrganisation = 1</c>
/// (RG_ALIM_015): EJ, EG and internal organisations without prices, UE-specific attributes or the instances
/// that describe the UE.
/// </summary>
/// <remarks>
/// <para>Internal organisations other than UE keep their identifier, name, OI type, activity field, care mode
/// (with an empty <c>code</c> and <c>codingScheme</c>), patientèle with ages, secure mailboxes, comments,
/// creation and closing dates. They lose <c>accommodationCapacity</c>, <c>crisisAccomodationCapacity</c>,
/// <c>residentialCapactity</c>, <c>resourcesSkills</c>, <c>equipment</c>, <c>receptionType</c>,
/// <c>receptionMode</c>, <c>takingCareSpeciality</c>, <c>specificAct</c>, <c>annualOpenning</c>,
/// <c>interventionZone</c>, <c>location</c>, <c>psychiatricSector</c>, <c>operatingHours</c>, and
/// <c>facilityType</c> unless their activity field is medico-social (<c>04</c>).</para>
/// <para>Organizations lose their prices. UE are removed, with the services and devices no remaining
/// internal organisation references, the provider links to the UE, and the providers left without any link.
/// Elements the ANS checks do not name (contacts, parentFacility, sensitiveUnit, managementType…) are kept.</para>
/// </remarks>
public static class RestrictedOrganizationView
{
    /// <summary>Reduces a full establishment offer (RG_ALIM_016) to its structure (RG_ALIM_015).</summary>
    /// <param name="data">The full document.</param>
    /// <returns>A new document.</returns>
    public static CsdDocument Apply(CsdDocument data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var units = data.Facilities.Where(f => f.IsElementaryUnit()).Select(f => f.EntityId).ToHashSet(StringComparer.Ordinal);
        var facilities = data.Facilities.Where(f => !units.Contains(f.EntityId)).Select(RestrictFacility).ToEquatableList();
        var services = facilities.SelectMany(f => f.Organizations).SelectMany(l => l.Services).Select(l => l.EntityId).ToHashSet(StringComparer.Ordinal);

        var providers = new List<Provider>(data.Providers.Count);
        foreach (var provider in data.Providers)
        {
            var links = provider.Facilities.Where(l => !units.Contains(l.EntityId)).ToEquatableList();
            if (links.Count + provider.Organizations.Count == 0 && provider.Facilities.Count > 0)
            {
                continue;
            }

            providers.Add(links.Count == provider.Facilities.Count ? provider : provider with { Facilities = links });
        }

        return new CsdDocument
        {
            Organizations = [.. data.Organizations.Select(o => o with { Extensions = [.. o.Extensions.Select(e => e with { Prices = [] })] })],
            Services = [.. data.Services.Where(s => services.Contains(s.EntityId))],
            Facilities = facilities,
            Providers = providers.ToEquatableList(),
            Devices = [],
        };
    }

    private static Facility RestrictFacility(Facility facility)
    {
        var medicoSocial = facility.HasActivityField(ActivityFieldCodes.MedicoSocial);
        return facility with
        {
            OperatingHours = [],
            Extensions =
            [
                .. facility.Extensions.Select(e => e with
                {
                    CareMode = new CodedType { Code = string.Empty, CodingScheme = string.Empty },
                    AccommodationCapacity = null,
                    CrisisAccommodationCapacity = null,
                    ResidentialCapacities = [],
                    ResourceSkills = null,
                    Equipment = [],
                    ReceptionType = null,
                    SequentialReception = null,
                    CareSpecializations = [],
                    SpecificActs = [],
                    AnnualOpening = null,
                    InterventionZones = [],
                    Location = null,
                    PsychiatricSectors = [],
                    FacilityType = medicoSocial ? e.FacilityType : null,
                }),
            ],
        };
    }
}
