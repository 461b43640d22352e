using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using static Ror.Client.Csd.Tests.Fixtures.Access.ModelFactory;

namespace Ror.Client.Csd.Tests.Fixtures.Access;

/// <summary>
/// A small hand-written offer covering every row of the access-profile table (model §10):
/// <code>
/// EJ1 (comment "EJ1 note"; medico-social through EG-MS)
///  ├─ EG-SAN  health establishment: dropZone, ORSAN, contacts of levels 1/2/3, a native contact, comment
///  │   ├─ UE-MCO   champ 01: contacts 1/2/3 with telecoms 1/2/3/none, capacities with availability, crisis
///  │   │           capacity, skills, equipment D1, speciality, act, comment, service SV1
///  │   ├─ UE-AMB   champ 05
///  │   └─ UE-SENS  champ 01, sensitiveUnit: level-3 contact, service SV3, device D3 (only it uses them)
///  └─ EG-MS   medico-social establishment: contact of level 2, comment
///      └─ UE-MS    champ 04: contacts 1/2/3, MSS of level 2, skills, equipment D2, speciality, act, comment, SV2
/// Providers: PR-MCO → UE-MCO, PR-MS → UE-MS, PR-AMB → UE-AMB, PR-SENS → UE-SENS, PR-MIX → UE-SENS + UE-AMB.
/// </code>
/// Every name, number, code and comment is unique so that tests can find each element.
/// </summary>
internal static class AccessFixture
{
    public static CsdDocument Create() => new()
    {
        Organizations =
        [
            LegalEntity("EJ1", "1510000032", comments: "EJ1 note"),
            Establishment(
                "EG-SAN",
                "EJ1",
                "1510000040",
                new OrganizationExtension
                {
                    Contacts =
                    [
                        Contact("EG-SAN reception", "1", null, Phone("0100000001", "1")),
                        Contact("EG-SAN management", "2", null, Phone("0100000002", "2")),
                        Contact("EG-SAN director", "3", null, Phone("0100000003", "3")),
                    ],
                    DropZone = true,
                    OrsanRecourseLevel = Code("2", "1.2.250.1.213.3.3.66"),
                },
                comments: "EG-SAN note") with
            {
                Contacts = [new NativePersonContact { Person = new Person { Gender = "F" } }],
            },
            Establishment(
                "EG-MS",
                "EJ1",
                "1510000057",
                new OrganizationExtension { Contacts = [Contact("EG-MS management", "2", null, Phone("0100000004", "2"))] },
                comments: "EG-MS note"),
        ],
        Services = [Service("SV1", comments: "SV1 note"), Service("SV2", comments: "SV2 note"), Service("SV3")],
        Facilities =
        [
            InternalOrganization(
                "UE-MCO",
                InternalOrganizationTypeCodes.ElementaryUnit,
                "EG-SAN",
                UnitExtension(ActivityFieldCodes.Mco) with
                {
                    Contacts =
                    [
                        Contact(
                            "UE-MCO desk",
                            "1",
                            null,
                            Phone("0200000011", "1"),
                            Phone("0200000012", "2"),
                            Phone("0200000013", "3"),
                            Phone("0200000014", null)),
                        Contact("UE-MCO head nurse", "2", null, Phone("0200000021", null)),
                        Contact("UE-MCO on call", "3", "on-call note", Phone("0200000031", "3")),
                    ],
                    AccommodationCapacity = new AccommodationCapacity
                    {
                        Beds = new BedCapacity { Total = 20, Available = 3, UpdateDate = Time },
                        Places = new PlaceCapacity { Total = 5, Available = 1, UpdateDate = Time },
                        Record = Record(),
                    },
                    CrisisAccommodationCapacity = new CrisisAccommodationCapacity { CapacityAtT0 = 2, CapacityAtT60 = 6, Record = Record() },
                    ResourceSkills = new ResourceSkills { SpecificSkills = [Code("S-MCO", RorCodeSystems.SpecificSkill)] },
                    Equipment = [new EntityReference { EntityId = "D1" }],
                    CareSpecializations = [Code("CS-MCO", "1.2.250.1.213.3.3.39")],
                    SpecificActs = [Code("A-MCO", RorCodeSystems.SpecificAct)],
                },
                identifier: "52/100001",
                services: ["SV1"],
                comments: "UE-MCO note"),
            InternalOrganization(
                "UE-AMB",
                InternalOrganizationTypeCodes.ElementaryUnit,
                "EG-SAN",
                UnitExtension(ActivityFieldCodes.Ambulatory),
                identifier: "52/100002"),
            InternalOrganization(
                "UE-SENS",
                InternalOrganizationTypeCodes.ElementaryUnit,
                "EG-SAN",
                UnitExtension(ActivityFieldCodes.Mco, sensitive: true) with
                {
                    Contacts = [Contact("UE-SENS desk", "3", null, Phone("0200000041", "3"))],
                    Equipment = [new EntityReference { EntityId = "D3" }],
                },
                identifier: "52/100003",
                services: ["SV3"]),
            InternalOrganization(
                "UE-MS",
                InternalOrganizationTypeCodes.ElementaryUnit,
                "EG-MS",
                UnitExtension(ActivityFieldCodes.MedicoSocial) with
                {
                    Contacts =
                    [
                        Contact("UE-MS desk", "1", null, Phone("0300000011", "1"), Phone("0300000012", "2")),
                        Contact("UE-MS coordinator", "2", null, Phone("0300000021", "2")),
                        Contact("UE-MS director", "3", null, Phone("0300000031", "3")),
                    ],
                    MailBoxes = [MailBox("ue-ms@example.mssante.fr", "2")],
                    ResourceSkills = new ResourceSkills { SpecificSkills = [Code("S-MS", RorCodeSystems.SpecificSkill)] },
                    Equipment = [new EntityReference { EntityId = "D2" }],
                    CareSpecializations = [Code("CS-MS", "1.2.250.1.213.3.3.39")],
                    SpecificActs = [Code("A-MS", RorCodeSystems.SpecificAct)],
                },
                identifier: "52/100004",
                services: ["SV2"],
                comments: "UE-MS note"),
        ],
        Providers =
        [
            Provider("PR-MCO", ["UE-MCO"]),
            Provider("PR-MS", ["UE-MS"]),
            Provider("PR-AMB", ["UE-AMB"]),
            Provider("PR-SENS", ["UE-SENS"]),
            Provider("PR-MIX", ["UE-SENS", "UE-AMB"]),
        ],
        Devices = [Device("D1"), Device("D2"), Device("D3")],
    };
}
