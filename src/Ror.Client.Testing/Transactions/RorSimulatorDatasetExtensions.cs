using Ror.Client.Csd.Access;
using Ror.Client.Testing.Data;

namespace Ror.Client.Testing.Transactions;

/// <summary>Serves a <see cref="RorDataset"/> from a <see cref="RorSimulator"/>.</summary>
public static class RorSimulatorDatasetExtensions
{
    /// <summary>
    /// Answers the three SOAP transactions (TR-Notif, Lecture EG, Lecture OI) and the extraction from
    /// <paramref name="dataset"/>. The dataset can change while the simulator runs: every answer reads its current state.
    /// </summary>
    /// <param name="options">The simulator options, before start.</param>
    /// <param name="dataset">The data to serve.</param>
    /// <param name="transactions">How the transactions answer where the specification leaves a choice; defaults otherwise.</param>
    /// <param name="extractionProfile">The access profile the extraction is filtered for; profile 1 (everything) by default.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    public static RorSimulatorOptions UseDataset(this RorSimulatorOptions options, RorDataset dataset, RorTransactionOptions? transactions = null, RorAccessProfile extractionProfile = RorAccessProfile.UnscheduledCareRegulation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dataset);
        transactions ??= new RorTransactionOptions();
        options.TransactionHandlers[SimulatedTransaction.Notification] = new NotificationTransactionHandler(dataset, transactions);
        options.TransactionHandlers[SimulatedTransaction.EstablishmentRead] = new EstablishmentReadTransactionHandler(dataset, transactions);
        options.TransactionHandlers[SimulatedTransaction.InternalOrganizationRead] = new InternalOrganizationReadTransactionHandler(dataset, transactions);
        options.ExtractionDocuments.Clear();
        options.ExtractionDocuments.Add(RorDatasetExtraction.CreateDocument(dataset, extractionProfile));
        return options;
    }
}
