using System.Security.Cryptography.X509Certificates;
using Ror.Client.Csd;
using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Csd.Offer;
using Ror.Client.Testing;
using Ror.Client.Testing.Certificates;
using Ror.Client.Testing.Data;
using Ror.Client.Configuration;
using Ror.Client.Errors;
using Ror.Client.Testing.Errors;
using Ror.Client.Testing.Faults;
using Ror.Client.Testing.Transactions;
using Ror.Client.Transactions;

namespace Ror.Client.Tests.Integration;

/// <summary>
/// The typed client against the local ROR simulator, end to end over mutual TLS: every transaction, its filters,
/// the error shapes, access profiles and retries counted by the simulator.
/// </summary>
public sealed class ClientAgainstSimulatorTests : IAsyncLifetime
{
    private SimulatorClient _ror = null!;

    public async Task InitializeAsync() => _ror = await SimulatorClient.StartAsync();

    public async Task DisposeAsync() => await _ror.DisposeAsync();

    [Fact]
    public async Task GetEstablishmentsUpdatedSinceAsync_ReturnsWhatTheSimulatorChangedAfterTheDate()
    {
        var client = _ror.CreateClient();
        var all = _ror.Dataset.DescribeEstablishments().ToList();
        var median = all.Select(s => s.LastUpdated).Order().ElementAt(all.Count / 2);
        var since = new DateTimeOffset(median.UtcDateTime.Ticks - (median.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

        var notices = await client.GetEstablishmentsUpdatedSinceAsync(since);

        var expected = _ror.Dataset.GetEstablishmentsUpdatedAfter(since).Select(s => s.StructureId).Order().ToArray();
        Assert.NotEmpty(expected);
        Assert.True(expected.Length < all.Count, "the date must split the dataset for the test to mean something");
        Assert.Equal(expected, notices.Select(n => n.EstablishmentId.Code).Order().ToArray());
    }

    [Fact]
    public async Task GetEstablishmentsUpdatedSinceAsync_ActivityFilter_KeepsOnlyThatField()
    {
        var client = _ror.CreateClient();
        var field = _ror.Dataset.DescribeEstablishments().SelectMany(s => s.ActivityFields).GroupBy(f => f).OrderBy(g => g.Count()).First().Key;
        var filters = new RorOfferFilters { ActivityTypes = [new CodedType { Code = field, CodingScheme = RorCodeSystems.ActivityField }] };

        var notices = await client.GetEstablishmentsUpdatedSinceAsync(new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), filters);

        var expected = _ror.Dataset.DescribeEstablishments().Where(s => s.ActivityFields.Contains(field)).Select(s => s.StructureId).Order().ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, notices.Select(n => n.EstablishmentId.Code).Order().ToArray());
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_ReturnsTheWholeTreeWithAMatchingUnitCount()
    {
        var client = _ror.CreateClient();
        var bundle = LargestEstablishment();

        var offer = await client.GetEstablishmentOfferAsync(bundle.StructureId);

        Assert.Equal(bundle.Facilities.Count(EstablishmentBundle.IsElementaryUnit), offer.ElementaryUnitCount);
        Assert.Equal(offer.ElementaryUnitCount, offer.FacilityNumber);
        Assert.Equal(bundle.Facilities.Select(f => f.EntityId).Order(), offer.Document.Facilities.Select(f => f.EntityId).Order());
        var graph = offer.ToOfferGraph();
        var establishment = Assert.Single(graph.Establishments);
        Assert.Equal(bundle.StructureId, establishment.StructureIdentifier);
        Assert.NotNull(establishment.LegalEntity);
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_RestrictedOrganisation_ReturnsTheStructureWithoutUnits()
    {
        var client = _ror.CreateClient();
        var bundle = LargestEstablishment();

        var offer = await client.GetEstablishmentOfferAsync(bundle.StructureId, new EstablishmentOfferOptions { RestrictedOrganization = true });

        Assert.Equal(0, offer.ElementaryUnitCount);
        Assert.Contains(offer.Document.Organizations, o => o.Parent is not null);
        Assert.All(offer.Document.Organizations, o => Assert.All(o.Extensions, e => Assert.Empty(e.Prices)));
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_ActivityFilter_ReturnsOnlyUnitsOfThatField()
    {
        var client = _ror.CreateClient();
        var bundle = LargestEstablishment();
        var field = bundle.Facilities.Where(EstablishmentBundle.IsElementaryUnit).SelectMany(f => f.GetActivityFields()).First();

        var offer = await client.GetEstablishmentOfferAsync(bundle.StructureId, new EstablishmentOfferOptions
        {
            ActivityTypes = [new CodedType { Code = field, CodingScheme = RorCodeSystems.ActivityField }],
        });

        Assert.NotEqual(0, offer.ElementaryUnitCount);
        Assert.All(offer.Document.Facilities, f => Assert.Contains(field, f.GetActivityFields()));
    }

    [Fact]
    public async Task GetInternalOrganizationOfferAsync_ReturnsTheUnitWithItsAncestors()
    {
        var client = _ror.CreateClient();
        var bundle = LargestEstablishment();
        var unit = bundle.Facilities.First(EstablishmentBundle.IsElementaryUnit);
        var identifier = unit.GetInternalOrganizationIdentifier()!;

        var offer = await client.GetInternalOrganizationOfferAsync(identifier);

        var graph = offer.ToOfferGraph();
        var node = graph.FindInternalOrganizationByIdentifier(identifier);
        Assert.NotNull(node);
        Assert.Equal(bundle.StructureId, node.Establishment?.StructureIdentifier);
        Assert.NotNull(node.LegalEntity);
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_UnknownEstablishment_ThrowsTheServiceFaultWithItsCode()
    {
        var client = _ror.CreateClient();

        var error = await Assert.ThrowsAsync<RorServiceFaultException>(() => client.GetEstablishmentOfferAsync("1000000000"));

        Assert.Equal(444, error.RorErrorCode);
        Assert.Equal(1, _ror.Simulator.Counters.Get(SimulatedTransaction.EstablishmentRead));
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_Profile0ThroughVihf_EqualsThePolicyAppliedToTheProfile1Answer()
    {
        var bundle = LargestEstablishment();
        var full = await _ror.CreateClient(RorAccessProfile.UnscheduledCareRegulation).GetEstablishmentOfferAsync(bundle.StructureId);

        foreach (var profile in new[] { RorAccessProfile.PublicInformation, RorAccessProfile.HealthAndSocialCareOrientation, RorAccessProfile.SocialCareOrientation })
        {
            var filtered = await _ror.CreateClient(profile).GetEstablishmentOfferAsync(bundle.StructureId);

            var expected = RorAccessPolicy.Apply(full.Document, RorAccessProfile.UnscheduledCareRegulation, profile);
            Assert.Equal(expected, filtered.Document);
        }

        var publicView = await _ror.CreateClient(RorAccessProfile.PublicInformation).GetEstablishmentOfferAsync(bundle.StructureId);
        Assert.NotEqual(full.Document, publicView.Document);
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_WrongFacilityNumber_ThrowsIntegrityError405()
    {
        await using var ror = await SimulatorClient.StartAsync(transactions: new RorTransactionOptions { FacilityNumberOffset = 1 });
        var client = ror.CreateClient();

        var error = await Assert.ThrowsAsync<RorResponseInvalidException>(() => client.GetEstablishmentOfferAsync(RorDatasetGenerator.GetStructureId(0)));

        Assert.Equal(405, error.RorErrorCode);
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_Two503ThenSuccess_SucceedsAfterThreeRequests()
    {
        var client = _ror.CreateClient();
        _ror.Simulator.Faults.For(SimulatedTransaction.EstablishmentRead).Enqueue(InjectedFault.ServiceUnavailable(), count: 2);

        var offer = await client.GetEstablishmentOfferAsync(RorDatasetGenerator.GetStructureId(1));

        Assert.NotNull(offer);
        Assert.Equal(3, _ror.Simulator.Counters.Get(SimulatedTransaction.EstablishmentRead));
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_BusinessFault_IsSentOnce()
    {
        var client = _ror.CreateClient();
        _ror.Simulator.ForcedErrors.Add(ForcedError.ForEstablishment(RorDatasetGenerator.GetStructureId(2), 444, "Non prévu sur la plateforme"));

        await Assert.ThrowsAsync<RorServiceFaultException>(() => client.GetEstablishmentOfferAsync(RorDatasetGenerator.GetStructureId(2)));

        Assert.Equal(1, _ror.Simulator.Counters.Get(SimulatedTransaction.EstablishmentRead));
    }

    [Fact]
    public async Task GetEstablishmentOfferAsync_Cancelled_ThrowsOperationCanceled()
    {
        var client = _ror.CreateClient();
        _ror.Simulator.Faults.For(SimulatedTransaction.EstablishmentRead).Enqueue(InjectedFault.Latency(TimeSpan.FromSeconds(20)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetEstablishmentOfferAsync(RorDatasetGenerator.GetStructureId(1), cancellationToken: cancellation.Token));
    }

    [Theory]
    [InlineData(ClientCertificateKind.Expired)]
    [InlineData(ClientCertificateKind.NotYetValid)]
    [InlineData(ClientCertificateKind.ServerAuthOnly)]
    [InlineData(ClientCertificateKind.NoClientAuthUsage)]
    public async Task AnyTransaction_UnusableClientCertificate_ThrowsCertificateExceptionBeforeSending(ClientCertificateKind kind)
    {
        using var certificate = _ror.Simulator.IssueClientCertificate("DEFECTIVE-APP", kind);
        var client = _ror.CreateClient(certificate: certificate);

        await Assert.ThrowsAsync<RorCertificateException>(() => client.GetEstablishmentOfferAsync(RorDatasetGenerator.GetStructureId(1)));

        Assert.Equal(0, _ror.Simulator.Counters.Total);
    }

    [Fact]
    public async Task AnyTransaction_CertificateOfAnotherAuthority_IsRefusedByTheServer()
    {
        using var certificate = _ror.Simulator.IssueClientCertificate("FOREIGN-APP", ClientCertificateKind.SignedByAnotherAuthority);
        var client = _ror.CreateClient(certificate: certificate);

        var error = await Assert.ThrowsAnyAsync<RorAuthenticationException>(() => client.GetEstablishmentOfferAsync(RorDatasetGenerator.GetStructureId(1)));

        Assert.Contains("whitelist", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnyTransaction_ServerNotTrusted_ThrowsAuthenticationException()
    {
        using var otherAuthority = TestCertificateAuthority.Create("Unrelated Root", KeyAlgorithm.EcdsaP256);
        var client = _ror.CreateClient(configure: options =>
        {
            var environment = options.Environments[RorEnvironment.Simulator];
            environment.TrustAnchors.Certificates.Clear();
            environment.TrustAnchors.Certificates.Add(otherAuthority.RootCertificate);
        });

        var error = await Assert.ThrowsAnyAsync<RorAuthenticationException>(() => client.GetEstablishmentOfferAsync(RorDatasetGenerator.GetStructureId(1)));

        Assert.Contains("not trusted", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _ror.Simulator.Counters.Total);
    }

    [Fact]
    public async Task ReadExtractionAsync_StreamsEveryEntityOfTheDataset()
    {
        var client = _ror.CreateClient();

        var counts = new Dictionary<Type, int>();
        await foreach (var entity in client.ReadExtractionAsync())
        {
            counts[entity.GetType()] = counts.GetValueOrDefault(entity.GetType()) + 1;
        }

        var bundles = _ror.Dataset.EnumerateEstablishments().ToList();
        Assert.Equal(bundles.Sum(b => b.Facilities.Count), counts.GetValueOrDefault(typeof(Facility)));
        Assert.Equal(bundles.Sum(b => b.Providers.Count), counts.GetValueOrDefault(typeof(Provider)));
        Assert.Equal(bundles.Count, _ror.Dataset.DescribeEstablishments().Count());
        Assert.Equal(1, _ror.Simulator.Counters.Get(SimulatedTransaction.Extraction));
    }

    [Fact]
    public async Task ReadExtractionAsync_WithCaptureEntityXml_EveryEntityKeepsADocumentThatReadsBackTheSame()
    {
        // Over mutual TLS and the simulator's gzip answer: the capture sees the decompressed bytes.
        var client = _ror.CreateClient();
        var options = CsdReaderOptions.Default with { CaptureEntityXml = true };

        var read = 0;
        await foreach (var entity in client.ReadExtractionAsync(options))
        {
            Assert.True(CsdReader.TryGetEntityXml(entity, out var xml), $"'{entity.EntityId}' was not captured.");
            read++;
            using var stream = new MemoryStream(xml.ToArray(), writable: false);
            var again = new List<CsdEntity>();
            await foreach (var copy in CsdReader.ReadEntitiesAsync(stream))
            {
                again.Add(copy);
            }

            Assert.Equal(entity, Assert.Single(again));
        }

        Assert.True(read > 50, $"Only {read} entities were read.");
        Assert.Equal(1, _ror.Simulator.Counters.Get(SimulatedTransaction.Extraction));
    }

    private EstablishmentBundle LargestEstablishment() =>
        _ror.Dataset.EnumerateEstablishments().OrderByDescending(b => b.Facilities.Count(EstablishmentBundle.IsElementaryUnit)).First();
}
