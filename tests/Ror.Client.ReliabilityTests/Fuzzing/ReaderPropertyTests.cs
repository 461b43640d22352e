using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.ReliabilityTests.Infrastructure;

namespace Ror.Client.ReliabilityTests.Fuzzing;

/// <summary>
/// Property-based tests of the reader (FsCheck): mutations of real documents end in the reader's own exceptions and never
/// hang; valid generated documents round-trip through the writer. FsCheck prints the failing case and its seed;
/// <c>ROR_SOAK</c> multiplies the number of cases.
/// </summary>
public sealed class ReaderPropertyTests
{
    /// <summary>A case taking longer than this is a hang (the guard cancels it, then fails): a bound, not a speed measure.</summary>
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(20);

    [FuzzProperty(2000)]
    public void Read_MutatedFixture_ThrowsOnlyTheReaderExceptionsAndFinishes(FixtureMutation mutation)
    {
        var input = mutation.Apply();

        var error = Bounded.Run(async ct =>
        {
            await using var stream = new MemoryStream(input, writable: false);
            if (mutation.ReadAsResponse)
            {
                await CsdReader.ReadCareServicesResponseAsync(stream, cancellationToken: ct);
            }
            else
            {
                await foreach (var entity in CsdReader.ReadEntitiesAsync(stream, cancellationToken: ct))
                {
                    GC.KeepAlive(entity);
                }
            }
        }, CaseLimit, mutation.ToString());

        Assert.True(
            error is null or CsdFormatException or CsdFaultException,
            $"{mutation}: the reader threw {error?.GetType().FullName} (only CsdFormatException and CsdFaultException are documented): {error}");
    }

    [FuzzProperty(250)]
    public void ReadWriteRead_GeneratedDocument_RoundTripsAndKeepsTheGeneratedValues(GeneratedDocument generated)
    {
        var document = generated.Build();

        var first = ReadValid(Fixtures.Write(document), generated);
        var second = ReadValid(Fixtures.Write(first), generated);

        Assert.True(first == second, $"{generated}: read → write → read gives a different document.");
        Assert.True(
            (first.Organizations.Count, first.Facilities.Count, first.Services.Count, first.Providers.Count, first.Devices.Count)
            == (document.Organizations.Count, document.Facilities.Count, document.Services.Count, document.Providers.Count, document.Devices.Count),
            $"{generated}: the entity counts changed through write → read.");
        var establishment = document.Organizations[^1];
        var read = first.Organizations.Single(o => o.EntityId == establishment.EntityId);
        Assert.True(Survived(read.PrimaryName, generated.Name), $"{generated}: the name came back as {GeneratedDocument.Show(read.PrimaryName)}.");
        Assert.True(Survived(read.ContactPoints[0].Equipment, generated.Equipment), $"{generated}: the contact point came back as {GeneratedDocument.Show(read.ContactPoints[0].Equipment ?? "(null)")}.");
        Assert.True(Survived(read.Addresses[0].Lines[0].CityName, generated.City), $"{generated}: the city came back as {GeneratedDocument.Show(read.Addresses[0].Lines[0].CityName ?? "(null)")}.");
        Assert.True(read.Record.Created == generated.Created && read.Record.Updated == generated.Updated, $"{generated}: the record dates came back as {read.Record.Created:O}, {read.Record.Updated:O}.");
        if (document.Facilities.Count > 0)
        {
            var facility = first.Facilities.Single(f => f.EntityId == document.Facilities[0].EntityId);
            Assert.True(Survived(facility.PrimaryName, generated.FacilityName), $"{generated}: the facility name came back as {GeneratedDocument.Show(facility.PrimaryName)}.");
            Assert.True(
                facility.GeoCode?.Latitude == generated.Latitude && facility.GeoCode?.Longitude == generated.Longitude,
                $"{generated}: the coordinates came back as ({facility.GeoCode?.Latitude}, {facility.GeoCode?.Longitude}).");
        }
    }

    /// <summary>Whether a written value came back exactly (white space included, even a value made only of it).</summary>
    private static bool Survived(string? read, string written) => read == written;

    private static CsdDocument ReadValid(byte[] bytes, GeneratedDocument generated)
    {
        CsdDocument? document = null;
        var error = Bounded.Run(async ct =>
        {
            await using var stream = new MemoryStream(bytes, writable: false);
            document = await CsdReader.ReadDocumentAsync(stream, cancellationToken: ct);
        }, CaseLimit, generated.ToString());
        Assert.True(error is null, $"{generated}: a valid document was refused: {error}");
        return document!;
    }
}
