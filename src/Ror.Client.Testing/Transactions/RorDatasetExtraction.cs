using Ror.Client.Csd;
using Ror.Client.Csd.Access;
using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;
using Ror.Client.Testing.Extraction;

namespace Ror.Client.Testing.Transactions;

/// <summary>
/// The TR-Récupération Extraction content of a <see cref="RorDataset"/>: the whole dataset as one <c>csd:CSD</c>
/// document, streamed directory by directory through <see cref="CsdStreamingWriter"/> in constant memory (generated
/// establishments are produced on the fly, never held), optionally filtered for an access profile (profile 0 gives the
/// shape of the public weekly file).
/// </summary>
public static class RorDatasetExtraction
{
    /// <summary>The ZIP entry name of the extraction document.</summary>
    public const string DefaultEntryName = "ror-extraction.xml";

    /// <summary>An extraction document for <see cref="RorSimulatorOptions.ExtractionDocuments"/>.</summary>
    /// <param name="dataset">The data.</param>
    /// <param name="profile">The access profile the content is filtered for; profile 1 (everything) by default.</param>
    /// <param name="entryName">The ZIP entry name.</param>
    /// <returns>
    /// The document. It is marked deterministic: the same data gives the same bytes, so HTTP Range requests work as long as
    /// the dataset does not change between them.
    /// </returns>
    public static ExtractionDocument CreateDocument(RorDataset dataset, RorAccessProfile profile = RorAccessProfile.UnscheduledCareRegulation, string entryName = DefaultEntryName)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(entryName);
        return new ExtractionDocument(entryName, (destination, cancellationToken) => WriteAsync(dataset, destination, profile, cancellationToken));
    }

    /// <summary>Writes the whole dataset as a <c>csd:CSD</c> document (UTF-8) to a stream, left open.</summary>
    /// <param name="dataset">The data.</param>
    /// <param name="destination">Where to write.</param>
    /// <param name="profile">The access profile the content is filtered for.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task completing when the document is written.</returns>
    public static async Task WriteAsync(RorDataset dataset, Stream destination, RorAccessProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(destination);
        var writer = CsdStreamingWriter.Create(destination, new CsdWriterOptions { FlushThresholdBytes = 256 * 1024 });
        await using (writer.ConfigureAwait(false))
        {
            if (profile == RorAccessProfile.UnscheduledCareRegulation)
            {
                foreach (var organization in dataset.EnumerateOrganizations())
                {
                    await writer.WriteOrganizationAsync(organization, cancellationToken).ConfigureAwait(false);
                }

                foreach (var service in dataset.EnumerateServices())
                {
                    await writer.WriteServiceAsync(service, cancellationToken).ConfigureAwait(false);
                }

                foreach (var facility in dataset.EnumerateFacilities())
                {
                    await writer.WriteFacilityAsync(facility, cancellationToken).ConfigureAwait(false);
                }

                foreach (var provider in dataset.EnumerateProviders())
                {
                    await writer.WriteProviderAsync(provider, cancellationToken).ConfigureAwait(false);
                }

                foreach (var device in dataset.EnumerateDevices())
                {
                    await writer.WriteDeviceAsync(device, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                string? lastLegalEntity = null;
                foreach (var document in Filtered(dataset, profile))
                {
                    foreach (var organization in document.Organizations)
                    {
                        if (organization.Parent is null && organization.EntityId == lastLegalEntity)
                        {
                            continue;
                        }

                        lastLegalEntity = organization.Parent is null ? organization.EntityId : lastLegalEntity;
                        await writer.WriteOrganizationAsync(organization, cancellationToken).ConfigureAwait(false);
                    }
                }

                foreach (var document in Filtered(dataset, profile))
                {
                    foreach (var service in document.Services)
                    {
                        await writer.WriteServiceAsync(service, cancellationToken).ConfigureAwait(false);
                    }
                }

                foreach (var document in Filtered(dataset, profile))
                {
                    foreach (var facility in document.Facilities)
                    {
                        await writer.WriteFacilityAsync(facility, cancellationToken).ConfigureAwait(false);
                    }
                }

                foreach (var document in Filtered(dataset, profile))
                {
                    foreach (var provider in document.Providers)
                    {
                        await writer.WriteProviderAsync(provider, cancellationToken).ConfigureAwait(false);
                    }
                }

                foreach (var document in Filtered(dataset, profile))
                {
                    foreach (var device in document.Devices)
                    {
                        await writer.WriteDeviceAsync(device, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<CsdDocument> Filtered(RorDataset dataset, RorAccessProfile profile) =>
        dataset.EnumerateEstablishments().Select(bundle => RorAccessPolicy.Apply(bundle.ToDocument(), RorAccessProfile.UnscheduledCareRegulation, profile));
}
