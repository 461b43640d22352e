using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Tests.Infrastructure;

/// <summary>Small synthetic CSD answers (fictitious identifiers), written with the CSD writer.</summary>
public static class CsdFixtures
{
    private static readonly Metadata Record = new()
    {
        Created = new DateTimeOffset(2020, 3, 1, 9, 0, 0, TimeSpan.FromHours(1)),
        Updated = new DateTimeOffset(2024, 11, 5, 14, 12, 0, TimeSpan.FromHours(1)),
        Status = "Ok",
    };

    public static Facility InternalOrganization(string entityId, string typeCode, string identifier) => new()
    {
        EntityId = entityId,
        OtherIds = [new OtherId { Code = identifier, AssigningAuthorityName = "1.2.250.1.71.1.2.14" }],
        Codes = [new CodedType { Code = typeCode, CodingScheme = RorCodeSystems.InternalOrganizationType }],
        PrimaryName = "UNITE " + entityId,
        Organizations = [new FacilityOrganizationLink { EntityId = "EG-1" }],
        Record = Record,
    };

    public static CsdDocument Establishment(int elementaryUnits) => new()
    {
        Organizations =
        [
            new Organization
            {
                EntityId = "EJ-1",
                Codes = [new CodedType { Code = "95", CodingScheme = "1.2.250.1.213.1.6.1.44" }],
                PrimaryName = "SOCIETE EXEMPLE",
                Record = Record,
            },
            new Organization
            {
                EntityId = "EG-1",
                OtherIds = [new OtherId { Code = "1990000019", AssigningAuthorityName = "1.2.250.1.71.4.2.2" }],
                Codes = [new CodedType { Code = "109", CodingScheme = "1.2.250.1.213.1.6.1.45" }],
                PrimaryName = "CLINIQUE EXEMPLE",
                Parent = new EntityReference { EntityId = "EJ-1" },
                Record = Record,
            },
        ],
        Facilities =
        [
            InternalOrganization("OI-10", InternalOrganizationTypeCodes.Pole, "52/100010"),
            .. Enumerable.Range(0, elementaryUnits).Select(i => InternalOrganization("OI-4" + i, InternalOrganizationTypeCodes.ElementaryUnit, "52/10004" + i)),
        ],
    };

    public static string OfferResponse(CsdDocument document, int? facilityNumber) =>
        CsdWriter.WriteToString(new CareServicesResponse { Outcome = new CareServicesResult { FacilityNumber = facilityNumber, QueryResult = document } });

    public static string ErrorResponse(int code, string message) =>
        CsdWriter.WriteToString(new CareServicesResponse { Outcome = new CsdError { Code = code, Message = message } });

    public static string NotifResponse(int? result, params string[] establishmentIds) =>
        CsdWriter.WriteToString(new EstablishmentsUpdatedSinceResponse
        {
            Entries = [.. establishmentIds.Select(id => new EstablishmentUpdateNotice
            {
                EstablishmentId = new OtherId { Code = id, AssigningAuthorityName = "1.2.250.1.71.1.2.14" },
                ActivityTypes = [new CodedType { Code = "04", CodingScheme = "1.2.250.1.213.3.3.17" }],
            })],
            Result = result,
        });

    public static byte[] ExtractionFile(int elementaryUnits)
    {
        using var stream = new MemoryStream();
        CsdWriter.WriteDocument(stream, Establishment(elementaryUnits));
        return stream.ToArray();
    }
}
