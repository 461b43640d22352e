using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Testing.Data;

namespace Ror.Client.Testing.Transactions;

/// <summary>
/// The answer of TR-Notif-ListeEtablissementMajApresDate over a dataset: the establishments changed strictly after
/// <c>dateRef</c>, narrowed by <c>typeActivity</c> and <c>supportedPatient</c> (values of one filter OR-ed, filters
/// AND-ed; codes compared), each with its champs, and the number of entries in <c>result</c>.
/// </summary>
internal static class EstablishmentUpdateSelection
{
    public static EstablishmentsUpdatedSinceResponse Select(IEnumerable<EstablishmentSummary> establishments, EstablishmentsUpdatedSinceParameters parameters, string authority)
    {
        var fields = parameters.ActivityTypes.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var publics = parameters.SupportedPatients.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var entries = new List<EstablishmentUpdateNotice>();
        foreach (var summary in establishments)
        {
            if (summary.LastUpdated <= parameters.ReferenceDate
                || (fields.Count > 0 && !summary.ActivityFields.Any(fields.Contains))
                || (publics.Count > 0 && !summary.SupportedPatients.Any(publics.Contains)))
            {
                continue;
            }

            entries.Add(new EstablishmentUpdateNotice
            {
                EstablishmentId = new OtherId { Code = summary.StructureId, AssigningAuthorityName = authority },
                ActivityTypes = [.. summary.ActivityFields.Select(f => new CodedType { Code = f, CodingScheme = RorCodeSystems.ActivityField, Label = FieldLabel(f) })],
            });
        }

        return new EstablishmentsUpdatedSinceResponse { Entries = [.. entries], Result = entries.Count };
    }

    private static string? FieldLabel(string code) => code switch
    {
        ActivityFieldCodes.Mco => "MCO",
        ActivityFieldCodes.Smr => "SMR",
        ActivityFieldCodes.Psychiatry => "Psychiatrie",
        ActivityFieldCodes.MedicoSocial => "Médico-social",
        ActivityFieldCodes.Ambulatory => "Ambulatoire",
        _ => null,
    };
}
