using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using static Ror.Client.Csd.Tests.Fixtures.Access.ModelFactory;

namespace Ror.Client.Csd.Tests.Offer;

/// <summary>
/// <code>
/// EJ1 (1510000032)
///  ├─ EG1 (1510000040) ─ POLE ─ SERVICE ─ UF ─ UE1 (52/1; services SV1, SV2; device DV1; providers PR1)
///  │                   └─ UE2 (52/2, directly under EG1)
///  └─ EG2 (1510000057) ─ UE3 (52/3)
///                      └─ UE4 (52/4, parentFacility "MISSING", equipment "DV-MISSING")
/// PR1 → UE1 and EG1; PR2 → EG2 only; PR3 → "UE-MISSING".
/// </code>
/// </summary>
internal static class OfferFixture
{
    public static CsdDocument Create() => new()
    {
        Organizations =
        [
            LegalEntity("EJ1", "1510000032"),
            Establishment("EG1", "EJ1", "1510000040"),
            Establishment("EG2", "EJ1", "1510000057"),
        ],
        Services = [Service("SV1"), Service("SV2")],
        Facilities =
        [
            InternalOrganization("UE1", InternalOrganizationTypeCodes.ElementaryUnit, null, UnitExtension(ActivityFieldCodes.Mco, "UF") with
            {
                Equipment = [new EntityReference { EntityId = "DV1" }],
            }, "52/1") with
            {
                Organizations = [new FacilityOrganizationLink { EntityId = "EG1", Services = [new FacilityServiceLink { EntityId = "SV1" }, new FacilityServiceLink { EntityId = "SV2" }] }],
            },
            InternalOrganization("UF", InternalOrganizationTypeCodes.FunctionalUnit, "EG1", UnitExtension(ActivityFieldCodes.Mco, "SERVICE")),
            InternalOrganization("SERVICE", InternalOrganizationTypeCodes.Service, "EG1", UnitExtension(ActivityFieldCodes.Mco, "POLE")),
            InternalOrganization("POLE", InternalOrganizationTypeCodes.Pole, "EG1", UnitExtension(ActivityFieldCodes.Mco)),
            InternalOrganization("UE2", InternalOrganizationTypeCodes.ElementaryUnit, "EG1", UnitExtension(ActivityFieldCodes.Smr), "52/2"),
            InternalOrganization("UE3", InternalOrganizationTypeCodes.ElementaryUnit, "EG2", UnitExtension(ActivityFieldCodes.MedicoSocial), "52/3"),
            InternalOrganization("UE4", InternalOrganizationTypeCodes.ElementaryUnit, "EG2", UnitExtension(ActivityFieldCodes.MedicoSocial, "MISSING") with
            {
                Equipment = [new EntityReference { EntityId = "DV-MISSING" }],
            }, "52/4"),
        ],
        Providers = [Provider("PR1", ["UE1"], ["EG1"]), Provider("PR2", [], ["EG2"]), Provider("PR3", ["UE-MISSING"])],
        Devices = [Device("DV1")],
    };
}
