using Ror.Client.Csd.Identifiers;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Csd.Tests.Fixtures;

/// <summary>Every ROR message, and the CSD messages the schema declares although the ROR does not use them.</summary>
public static partial class CsdFixtures
{
    /// <summary>Lecture EG request with every criterion (dateRef, champ, public, restrictedOrganisation).</summary>
    public static CareServicesRequest EstablishmentReadRequest => new()
    {
        Query = new EstablishmentOfferReadFunction
        {
            Parameters = new EstablishmentOfferReadParameters
            {
                Criteria = new EstablishmentReadCriteria
                {
                    EstablishmentId = new OtherId { Code = EstablishmentStructureId, AssigningAuthorityName = RorCodeSystems.StructureIdentifierType },
                    ReferenceDate = new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.FromHours(1)),
                    ActivityTypes = [ActivityField(ActivityFieldCodes.Mco), ActivityField(ActivityFieldCodes.MedicoSocial)],
                    SupportedPatients = [Code(SupportedPatientCodes.Elderly, RorCodeSystems.SupportedPatient)],
                    RestrictedOrganization = false,
                },
            },
        },
    };

    /// <summary>Lecture OI request for the full-featured UE.</summary>
    public static CareServicesRequest InternalOrganizationReadRequest => new()
    {
        Query = new InternalOrganizationOfferReadFunction
        {
            Parameters = new InternalOrganizationOfferReadParameters { InternalOrganizationId = InternalOrganizationId("52/100041") },
        },
    };

    /// <summary>The generic CSD expression request the schema declares (not used by the ROR).</summary>
    public static CareServicesRequest ExpressionRequest => new()
    {
        Query = new CareServicesExpression { Encapsulated = true, ContentType = "text/xml" },
    };

    /// <summary>Lecture EG answer holding <see cref="Rich"/> with its UE count.</summary>
    public static CareServicesResponse EstablishmentReadResponse => new()
    {
        ContentType = "text/xml",
        Outcome = new CareServicesResult { FacilityNumber = RichElementaryUnitCount, QueryResult = Rich },
    };

    /// <summary>Lecture answer carrying a business error (shape A).</summary>
    public static CareServicesResponse ErrorResponse => new()
    {
        Outcome = new CsdError { Code = 405, Message = "Nombre d'UE incohérent", Text = "facilityNumber 3, UE 2" },
    };

    /// <summary>Notif request with both filters.</summary>
    public static EstablishmentsUpdatedSinceRequest NotifRequest => new()
    {
        Parameters = new EstablishmentsUpdatedSinceParameters
        {
            ReferenceDate = new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.FromHours(1)),
            ActivityTypes = [ActivityField(ActivityFieldCodes.MedicoSocial)],
            SupportedPatients = [Code(SupportedPatientCodes.Elderly, RorCodeSystems.SupportedPatient), Code(SupportedPatientCodes.Disabled, RorCodeSystems.SupportedPatient)],
        },
    };

    /// <summary>Notif response with two entries and the count.</summary>
    public static EstablishmentsUpdatedSinceResponse NotifResponse => new()
    {
        Entries =
        [
            new EstablishmentUpdateNotice
            {
                EstablishmentId = new OtherId { Code = EstablishmentStructureId, AssigningAuthorityName = RorCodeSystems.StructureIdentifierType },
                ActivityTypes = [Code(ActivityFieldCodes.MedicoSocial, RorCodeSystems.ActivityField, "Médico-social")],
                RestrictedOrganization = false,
            },
            new EstablishmentUpdateNotice
            {
                EstablishmentId = new OtherId { Code = SecondEstablishmentStructureId, AssigningAuthorityName = IdentifierAuthorities.NationalStructureIdentifier },
            },
        ],
        Result = 2,
    };

    /// <summary>The fault element <c>ror:erreur</c> (SOAP fault detail).</summary>
    public static CsdError FaultDetail => new() { Code = 444, Message = "Non prévu sur la plateforme", Text = "Transaction non ouverte" };

    /// <summary>The IHE ITI-74 request the schema declares (not used by the ROR).</summary>
    public static GetModificationsRequest ModificationsRequest => new() { LastModified = new DateTimeOffset(2025, 1, 6, 3, 0, 0, TimeSpan.Zero) };

    /// <summary>The IHE ITI-74 response the schema declares (not used by the ROR), holding <see cref="Minimal"/>.</summary>
    public static GetModificationsResponse ModificationsResponse => new() { Document = Minimal };

    /// <summary>An IHE stored function definition (<c>careServicesFunction</c>), declared by the schema, never exchanged with the ROR.</summary>
    public static CareServicesFunctionDefinition FunctionDefinition => new()
    {
        Urn = "urn:exemple:fonction:lecture",
        ContentType = "text/xml",
        SchemaUris = "urn:exemple:schema:a urn:exemple:schema:b",
        Description = "Lecture de l'offre d'un établissement",
        Definition = "declare variable $careServicesRequest as item() external; $careServicesRequest",
        Instance = "<xforms:instance xmlns:xforms=\"http://www.w3.org/2002/xforms\"><careServicesRequest xmlns=\"urn:ihe:iti:csd:2013\"/></xforms:instance>",
        Schema = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>",
        Bindings = ["<xforms:bind xmlns:xforms=\"http://www.w3.org/2002/xforms\" nodeset=\"careServicesRequest\"/>"],
        Extensions = [new GenericExtension()],
    };

    /// <summary>Every message fixture with a name, for data-driven tests.</summary>
    public static IReadOnlyList<(string Name, object Message)> AllMessages =>
    [
        (nameof(Rich), Rich),
        (nameof(Minimal), Minimal),
        (nameof(PublicFile), PublicFile),
        (nameof(EstablishmentReadRequest), EstablishmentReadRequest),
        (nameof(InternalOrganizationReadRequest), InternalOrganizationReadRequest),
        (nameof(ExpressionRequest), ExpressionRequest),
        (nameof(EstablishmentReadResponse), EstablishmentReadResponse),
        (nameof(ErrorResponse), ErrorResponse),
        (nameof(NotifRequest), NotifRequest),
        (nameof(NotifResponse), NotifResponse),
        (nameof(FaultDetail), FaultDetail),
        (nameof(ModificationsRequest), ModificationsRequest),
        (nameof(ModificationsResponse), ModificationsResponse),
        (nameof(FunctionDefinition), FunctionDefinition),
    ];

    /// <summary>Looks up a message fixture by the name used in <see cref="AllMessages"/>.</summary>
    public static object MessageNamed(string name) =>
        AllMessages.Single(message => message.Name == name).Message;
}
