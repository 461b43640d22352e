using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Ror.Cli.Infrastructure;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Transactions;

namespace Ror.Cli.Commands;

/// <summary><c>ror establishment &lt;id&gt;</c> and <c>ror organisation &lt;id&gt;</c>: the two Lecture transactions.</summary>
internal static class OfferCommands
{
    public static Command CreateEstablishment(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "The establishment's idNat_Struct (FINESS, SIRET...), e.g. 1990000019." };
        var profile = GlobalOptions.CreateProfile();
        var since = new Option<DateTimeOffset?>("--since") { Description = "Only the data changed since this date (dateRef)." };
        var restricted = new Option<bool>("--restricted") { Description = "Structure only (restrictedOrganisation = 1)." };
        var save = new Option<string?>("--out") { Description = "Also write the CSD document to this file." };
        var command = new Command("establishment", "Read one establishment's offer (TR-Lecture-OffresSanteEtablissement): EJ, EG and its internal organisations.")
        {
            id, profile, since, restricted, save,
        };
        CommandActions.Set(command, globals, output, error, async (context, cancellationToken) =>
        {
            await using var connection = await RorConnection.OpenAsync(context, cancellationToken);
            var options = new EstablishmentOfferOptions { Since = context.Get(since), RestrictedOrganization = context.Get(restricted) };
            var offer = await connection.Client.GetEstablishmentOfferAsync(context.Get(id)!, options, cancellationToken);
            return await ShowAsync(context, connection, "TR-Lecture-OffresSanteEtablissement", context.Get(id)!, offer, context.Get(profile), context.Get(save), cancellationToken);
        });
        return command;
    }

    public static Command CreateOrganisation(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "The internal organisation's identifiantOI, e.g. 52/100042." };
        var profile = GlobalOptions.CreateProfile();
        var save = new Option<string?>("--out") { Description = "Also write the CSD document to this file." };
        var command = new Command("organisation", "Read one internal organisation (TR-Lecture-OffresSanteOrganisationInterne): its EJ, EG, parents and everything below it.")
        {
            id, profile, save,
        };
        command.Aliases.Add("organization");
        CommandActions.Set(command, globals, output, error, async (context, cancellationToken) =>
        {
            await using var connection = await RorConnection.OpenAsync(context, cancellationToken);
            var offer = await connection.Client.GetInternalOrganizationOfferAsync(context.Get(id)!, cancellationToken);
            return await ShowAsync(context, connection, "TR-Lecture-OffresSanteOrganisationInterne", context.Get(id)!, offer, context.Get(profile), context.Get(save), cancellationToken);
        });
        return command;
    }

    internal static async Task<int> ShowAsync(
        CommandContext context,
        RorConnection connection,
        string transaction,
        string id,
        RorOfferResult offer,
        int? profile,
        string? save,
        CancellationToken cancellationToken)
    {
        var console = context.Console;
        var document = ProfileView.Apply(offer.Document, connection.ObtainedProfile, profile);
        if (save is not null)
        {
            await WriteDocumentAsync(save, document, cancellationToken);
            console.Progress($"Written to {Path.GetFullPath(save)}");
        }

        if (console.Json)
        {
            var json = OfferPrinter.ToJson(document);
            json["transaction"] = transaction;
            json["id"] = id;
            json["facilityNumber"] = offer.FacilityNumber;
            json["profile"] = profile ?? (int)connection.ObtainedProfile;
            console.WriteJson(json);
            return CliExitCodes.Ok;
        }

        console.Line(string.Create(
            CultureInfo.InvariantCulture,
            $"{transaction} {id}: {document.Facilities.Count} internal organisation(s), {Ror.Client.Csd.Offer.RorOfferClassification.CountElementaryUnits(document)} UE{(offer.FacilityNumber is { } n ? $" (facilityNumber {n})" : string.Empty)}{(profile is null ? string.Empty : $", as profile {profile} sees it")}"));
        OfferPrinter.Print(console, document);
        return CliExitCodes.Ok;
    }

    private static async Task WriteDocumentAsync(string path, CsdDocument document, CancellationToken cancellationToken)
    {
        await using var file = File.Create(Path.GetFullPath(path));
        await CsdWriter.WriteDocumentAsync(file, document, new CsdWriterOptions { Indent = true }, cancellationToken);
    }
}
