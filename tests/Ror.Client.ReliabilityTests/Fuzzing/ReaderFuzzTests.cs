using System.Text;
using Ror.Client.Csd;
using Ror.Client.ReliabilityTests.Infrastructure;

namespace Ror.Client.ReliabilityTests.Fuzzing;

/// <summary>
/// Seeded random mutations of real documents (byte flips, truncations, element deletions and duplications, attribute values)
/// and round trips of generated documents. The seed and case number are in every failure message; <c>ROR_SOAK</c> multiplies
/// the iterations.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const int Seed = 20261129;

    [Fact]
    public async Task ReadDocumentAsync_MutatedFixtures_ThrowsOnlyOwnExceptionTypesAndNeverHangs()
    {
        var random = new Random(Seed);
        var original = Fixtures.ValidText;
        var iterations = Soak.Scale(300);

        for (var i = 0; i < iterations; i++)
        {
            var mutation = random.Next(5);
            var input = Mutate(original, mutation, random);
            var error = await Guard.CaptureAsync(async ct =>
            {
                await using var stream = new MemoryStream(input, writable: false);
                await CsdReader.ReadDocumentAsync(stream, cancellationToken: ct);
            }, TimeSpan.FromSeconds(20));

            Assert.True(
                error is null or CsdFormatException or CsdFaultException or OperationCanceledException,
                $"Seed {Seed}, case {i}, mutation {mutation}: unexpected {error}");
        }
    }

    [Fact]
    public async Task ReadDocumentAsync_GeneratedDocuments_RoundTripThroughTheWriter()
    {
        var count = Soak.Scale(16);
        for (var establishment = 0; establishment < count; establishment++)
        {
            var document = Fixtures.Document(establishment % 64);
            var first = await ReadAsync(Fixtures.Write(document));
            var second = await ReadAsync(Fixtures.Write(first));

            Assert.True(first == second, $"Seed 3, establishment {establishment}: read → write → read differs.");
            Assert.Equal(document.Facilities.Count, first.Facilities.Count);
            Assert.Equal(document.Organizations.Count, first.Organizations.Count);
        }
    }

    private static async Task<Ror.Client.Csd.Models.CsdDocument> ReadAsync(byte[] bytes)
    {
        await using var stream = new MemoryStream(bytes, writable: false);
        return await CsdReader.ReadDocumentAsync(stream);
    }

    private static byte[] Mutate(string xml, int mutation, Random random)
    {
        switch (mutation)
        {
            case 0:
            {
                var bytes = Encoding.UTF8.GetBytes(xml);
                for (var flips = random.Next(1, 8); flips > 0; flips--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            }

            case 1:
                return Encoding.UTF8.GetBytes(xml[..random.Next(xml.Length)]);
            case 2:
            case 3:
            {
                var (start, end) = RandomElement(xml, random);
                if (start < 0)
                {
                    return Encoding.UTF8.GetBytes(xml);
                }

                var element = xml[start..end];
                return Encoding.UTF8.GetBytes(mutation == 2 ? xml.Remove(start, end - start) : xml.Insert(end, element));
            }

            default:
            {
                var quote = xml.IndexOf("=\"", random.Next(xml.Length), StringComparison.Ordinal);
                if (quote < 0)
                {
                    return Encoding.UTF8.GetBytes(xml);
                }

                var close = xml.IndexOf('"', quote + 2);
                string[] values = ["", "-1", "99999999999999999999", "2026-02-30", "not a value", new string('9', 400), "true", "&amp;", "\u00e9\u0000"];
                return Encoding.UTF8.GetBytes(xml[..(quote + 2)] + values[random.Next(values.Length)] + xml[close..]);
            }
        }
    }

    /// <summary>A random element without children of its own name nested (start tag to matching end tag), or (-1, -1).</summary>
    private static (int Start, int End) RandomElement(string xml, Random random)
    {
        var start = xml.IndexOf('<', random.Next(xml.Length));
        if (start < 0 || start + 1 >= xml.Length || !char.IsLetter(xml[start + 1]))
        {
            return (-1, -1);
        }

        var nameEnd = xml.IndexOfAny([' ', '>', '/'], start + 1);
        var name = xml[(start + 1)..nameEnd];
        var selfClose = xml.IndexOf("/>", start, StringComparison.Ordinal);
        var tagEnd = xml.IndexOf('>', start);
        if (selfClose >= 0 && selfClose + 1 == tagEnd)
        {
            return (start, tagEnd + 1);
        }

        var close = xml.IndexOf("</" + name + ">", start, StringComparison.Ordinal);
        return close < 0 ? (-1, -1) : (start, close + name.Length + 3);
    }
}
