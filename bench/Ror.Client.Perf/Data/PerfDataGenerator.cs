using System.Globalization;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;

namespace Ror.Client.Perf.Data;

/// <summary>
/// Deterministic CSD data for the performance figures: for each establishment index, one organization (an EJ every
/// <see cref="EstablishmentsPerLegalEntity"/> establishments, otherwise an EG under its EJ), one service and one
/// facility (internal organisation) with a ROR facility extension. Every entity is computed from its index and the
/// seed alone, so a file of any size is written in directory order in constant memory.
/// </summary>
/// <remarks>The elements produced are listed in docs/performance.md; the <c>XmlSerializer</c> baseline classes cover
/// exactly these elements.</remarks>
public sealed class PerfDataGenerator
{
    /// <summary>One legal entity (EJ) for this many establishments.</summary>
    public const int EstablishmentsPerLegalEntity = 5;

    private static readonly DateTimeOffset BaseDate = new(2024, 1, 15, 8, 30, 0, TimeSpan.FromHours(1));
    private static readonly string[] Cities = ["PARIS", "LYON", "MARSEILLE", "TOULOUSE", "NANTES", "LILLE", "RENNES", "DIJON"];
    private static readonly string[] Streets = ["de la République", "Victor Hugo", "Pasteur", "des Lilas", "du Général de Gaulle", "Jean Jaurès"];
    private static readonly string[] Words = ["Centre", "Hospitalier", "Clinique", "Saint", "Joseph", "Mutualiste", "Médical", "Unité", "Soins", "Pédiatrie", "Cardiologie", "Gériatrie"];

    private readonly int _seed;

    /// <summary>Creates a generator.</summary>
    /// <param name="seed">The seed: the same seed gives the same entities.</param>
    public PerfDataGenerator(int seed = 2024) => _seed = seed;

    /// <summary>The organization (EJ or EG) of an establishment index.</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The organization.</returns>
    public Organization Organization(int index)
    {
        var random = RandomFor(index, 1);
        bool legalEntity = index % EstablishmentsPerLegalEntity == 0;
        string finess = Finess(index);
        return new Organization
        {
            EntityId = OrganizationId(index),
            OtherIds =
            [
                new OtherId { Code = finess, AssigningAuthorityName = "1.2.250.1.71.4.2.2" },
                new OtherId { Code = "3" + finess, AssigningAuthorityName = "1.2.250.1.71.4.2.1" },
            ],
            Codes =
            [
                new CodedType { Code = legalEntity ? "1" : "2", CodingScheme = "1.2.250.1.213.3.3.65", Label = legalEntity ? "Entité juridique" : "Entité géographique" },
                new CodedType { Code = (100 + (index % 300)).ToString(CultureInfo.InvariantCulture), CodingScheme = "1.2.250.1.71.4.2.4" },
            ],
            PrimaryName = Name(random, 3),
            Addresses = [Address(random)],
            ContactPoints =
            [
                new ContactPoint { Channel = new CodedType { Code = "TEL", CodingScheme = "1.2.250.1.213.1.1.4.9" }, Equipment = Phone(random), Purpose = "Standard" },
            ],
            Parent = legalEntity ? null : new EntityReference { EntityId = OrganizationId(index - (index % EstablishmentsPerLegalEntity)) },
            Extensions =
            [
                new OrganizationExtension
                {
                    UseName = Name(random, 2),
                    CreationDate = DateOnly.FromDateTime(BaseDate.AddDays(-random.Next(20000)).Date),
                    DropZone = random.Next(4) == 0,
                    FinancialHelpTypes = [new CodedType { Code = "0" + random.Next(1, 5).ToString(CultureInfo.InvariantCulture), CodingScheme = "1.2.250.1.213.3.3.32" }],
                },
            ],
            Record = Record(random),
        };
    }

    /// <summary>The service (activité opérationnelle) of an establishment index.</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The service.</returns>
    public Service Service(int index)
    {
        var random = RandomFor(index, 2);
        return new Service
        {
            EntityId = "AO" + index.ToString("D9", CultureInfo.InvariantCulture),
            Code = new CodedType { Code = random.Next(1, 900).ToString("D3", CultureInfo.InvariantCulture), CodingScheme = "1.2.250.1.213.3.3.2", Label = Name(random, 2) },
            Record = Record(random),
        };
    }

    /// <summary>The facility (unité élémentaire, internal organisation) of an establishment index.</summary>
    /// <param name="index">The index, from 0.</param>
    /// <returns>The facility.</returns>
    public Facility Facility(int index)
    {
        var random = RandomFor(index, 3);
        return new Facility
        {
            EntityId = "UE" + index.ToString("D9", CultureInfo.InvariantCulture),
            OtherIds = [new OtherId { Code = "OI-" + index.ToString(CultureInfo.InvariantCulture), AssigningAuthorityName = "1.2.250.1.213.3.6" }],
            Codes = [new CodedType { Code = "UE", CodingScheme = "1.2.250.1.213.3.3.14", Label = "Unité élémentaire" }],
            PrimaryName = Name(random, 4),
            Addresses = [Address(random)],
            GeoCode = new GeoCode
            {
                Latitude = decimal.Round(42m + (decimal)random.NextDouble() * 8m, 6),
                Longitude = decimal.Round(-4m + (decimal)random.NextDouble() * 12m, 6),
                CoordinateSystem = "WGS84",
                Record = Record(random),
            },
            ContactPoints =
            [
                new ContactPoint { Channel = new CodedType { Code = "TEL", CodingScheme = "1.2.250.1.213.1.1.4.9" }, Equipment = Phone(random), Purpose = "Accueil" },
                new ContactPoint { Channel = new CodedType { Code = "MAIL", CodingScheme = "1.2.250.1.213.1.1.4.9" }, Equipment = "accueil" + index.ToString(CultureInfo.InvariantCulture) + "@exemple.fr" },
            ],
            Organizations =
            [
                new FacilityOrganizationLink
                {
                    EntityId = OrganizationId(index),
                    Services = [new FacilityServiceLink { EntityId = "AO" + index.ToString("D9", CultureInfo.InvariantCulture) }],
                },
            ],
            Extensions =
            [
                new FacilityExtension
                {
                    CreationDate = DateOnly.FromDateTime(BaseDate.AddDays(-random.Next(8000)).Date),
                    ActivityTypes =
                    [
                        new CodedType { Code = random.Next(1, 60).ToString("D3", CultureInfo.InvariantCulture), CodingScheme = "1.2.250.1.213.3.3.5" },
                        new CodedType { Code = random.Next(60, 120).ToString("D3", CultureInfo.InvariantCulture), CodingScheme = "1.2.250.1.213.3.3.5" },
                    ],
                    CareMode = new CodedType { Code = "0" + random.Next(1, 9).ToString(CultureInfo.InvariantCulture), CodingScheme = "1.2.250.1.213.3.3.7" },
                    PatientType = new PatientType
                    {
                        SupportedPatients = [new CodedType { Code = "0" + random.Next(1, 6).ToString(CultureInfo.InvariantCulture), CodingScheme = "1.2.250.1.213.3.3.6" }],
                        MinimumAge = new Measurement { Value = random.Next(0, 18), Unit = new CodedType { Code = "a", CodingScheme = "1.2.250.1.213.3.3.26" } },
                        MaximumAge = new Measurement { Value = random.Next(60, 120), Unit = new CodedType { Code = "a", CodingScheme = "1.2.250.1.213.3.3.26" } },
                        Record = Record(random),
                    },
                    IsSensitiveUnit = false,
                    CareSpecializations = [new CodedType { Code = random.Next(1, 400).ToString("D3", CultureInfo.InvariantCulture), CodingScheme = "1.2.250.1.213.3.3.22" }],
                },
            ],
            Record = Record(random),
        };
    }

    /// <summary>Writes a CSD document of <paramref name="establishments"/> establishments (3 entities each).</summary>
    /// <param name="stream">The output.</param>
    /// <param name="establishments">The number of establishments.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>The number of entities written.</returns>
    public async Task<long> WriteDocumentAsync(Stream stream, int establishments, CancellationToken cancellationToken = default)
    {
        await using var writer = CsdStreamingWriter.Create(stream, new CsdWriterOptions { CloseOutput = false });
        for (int i = 0; i < establishments; i++)
        {
            await writer.WriteOrganizationAsync(Organization(i), cancellationToken);
        }

        for (int i = 0; i < establishments; i++)
        {
            await writer.WriteServiceAsync(Service(i), cancellationToken);
        }

        for (int i = 0; i < establishments; i++)
        {
            await writer.WriteFacilityAsync(Facility(i), cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        return writer.EntityCount;
    }

    /// <summary>Writes a CSD document to a byte array.</summary>
    /// <param name="establishments">The number of establishments.</param>
    /// <returns>The UTF-8 document.</returns>
    public byte[] WriteDocument(int establishments)
    {
        using var memory = new MemoryStream();
        WriteDocumentAsync(memory, establishments).GetAwaiter().GetResult();
        return memory.ToArray();
    }

    /// <summary>The entities of <paramref name="establishments"/> establishments, as a document.</summary>
    /// <param name="establishments">The number of establishments.</param>
    /// <returns>The document.</returns>
    public CsdDocument Document(int establishments) => new()
    {
        Organizations = [.. Enumerable.Range(0, establishments).Select(Organization)],
        Services = [.. Enumerable.Range(0, establishments).Select(Service)],
        Facilities = [.. Enumerable.Range(0, establishments).Select(Facility)],
    };

    private static string OrganizationId(int index) => "EG" + index.ToString("D9", CultureInfo.InvariantCulture);

    private static string Finess(int index) => (750000000 + index).ToString(CultureInfo.InvariantCulture);

    private Random RandomFor(int index, int kind) => new(unchecked((_seed * 1_000_003) + (index * 4) + kind));

    private static string Name(Random random, int words)
    {
        var parts = new string[words];
        for (int i = 0; i < words; i++)
        {
            parts[i] = Words[random.Next(Words.Length)];
        }

        return string.Join(' ', parts);
    }

    private static string Phone(Random random) =>
        "0" + random.Next(1, 6).ToString(CultureInfo.InvariantCulture) + random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture);

    private static Address Address(Random random)
    {
        int city = random.Next(Cities.Length);
        return new Address
        {
            Type = "Géographique",
            Lines =
            [
                new AddressLine { Component = "streetAddress", BuildingNumber = random.Next(1, 200).ToString(CultureInfo.InvariantCulture), StreetType = "rue", StreetName = Streets[random.Next(Streets.Length)] },
                new AddressLine { Component = "city", PostCode = (10000 + (city * 9000) + random.Next(900)).ToString(CultureInfo.InvariantCulture), CityName = Cities[city] },
            ],
        };
    }

    private static Metadata Record(Random random)
    {
        var created = BaseDate.AddMinutes(-random.Next(5_000_000));
        return new Metadata
        {
            Created = created,
            Updated = created.AddMinutes(random.Next(1_000_000)),
            Status = "active",
        };
    }
}
