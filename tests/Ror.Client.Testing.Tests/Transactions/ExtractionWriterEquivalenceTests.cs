using System.Text;
using System.Xml;
using Ror.Client.Csd;
using Ror.Client.Csd.Access;
using Ror.Client.Csd.Validation;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Testing.Tests.Transactions;

/// <summary>
/// The extraction is formatted as UTF-8 straight into the output buffer: over a generated dataset (every entity kind,
/// realistic French content) it must be byte-identical to the same entities written through an <see cref="XmlWriter"/>.
/// </summary>
public sealed class ExtractionWriterEquivalenceTests
{
    [Fact]
    public async Task WriteAsync_GeneratedDataset_SameBytesAsThroughAnXmlWriter()
    {
        var dataset = new RorDataset(new RorDatasetOptions { Seed = 31, EstablishmentCount = 40 });
        using var extraction = new MemoryStream();
        await RorDatasetExtraction.WriteAsync(dataset, extraction, RorAccessProfile.UnscheduledCareRegulation, CancellationToken.None);

        byte[] reference = await WriteThroughXmlWriterAsync(dataset);

        byte[] actual = extraction.ToArray();
        AssertEntityKinds(actual);
        int first = FirstDifference(reference, actual);
        Assert.True(
            first < 0,
            $"The extraction ({actual.Length} bytes) should equal the XmlWriter output ({reference.Length} bytes); first difference at byte {first}: " +
            $"'{Excerpt(reference, first)}' vs '{Excerpt(actual, first)}'.");
        extraction.Position = 0;
        Assert.True(CsdSchemaValidator.Validate(extraction).IsValid, "The extraction must validate against the official schema.");
    }

    private static async Task<byte[]> WriteThroughXmlWriterAsync(RorDataset dataset)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CheckCharacters = true,
            CloseOutput = false,
        };
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, settings))
        {
            var writer = CsdStreamingWriter.Create(xml);
            foreach (var organization in dataset.EnumerateOrganizations())
            {
                await writer.WriteOrganizationAsync(organization);
            }

            foreach (var service in dataset.EnumerateServices())
            {
                await writer.WriteServiceAsync(service);
            }

            foreach (var facility in dataset.EnumerateFacilities())
            {
                await writer.WriteFacilityAsync(facility);
            }

            foreach (var provider in dataset.EnumerateProviders())
            {
                await writer.WriteProviderAsync(provider);
            }

            foreach (var device in dataset.EnumerateDevices())
            {
                await writer.WriteDeviceAsync(device);
            }

            await writer.CompleteAsync();
        }

        return output.ToArray();
    }

    private static void AssertEntityKinds(byte[] document)
    {
        string text = Encoding.UTF8.GetString(document);
        foreach (string element in new[] { "<organization entityID=", "<service entityID=", "<facility entityID=", "<provider entityID=", "<device entityID=" })
        {
            Assert.True(text.Contains(element, StringComparison.Ordinal), $"The generated extraction should hold at least one {element}…> element.");
        }
    }

    private static int FirstDifference(byte[] expected, byte[] actual)
    {
        int length = Math.Min(expected.Length, actual.Length);
        for (int i = 0; i < length; i++)
        {
            if (expected[i] != actual[i])
            {
                return i;
            }
        }

        return expected.Length == actual.Length ? -1 : length;
    }

    private static string Excerpt(byte[] bytes, int at)
    {
        int start = Math.Clamp(at - 40, 0, bytes.Length);
        return Encoding.UTF8.GetString(bytes, start, Math.Min(bytes.Length, at + 40) - start);
    }
}
