using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Ror.Cli.Infrastructure;

namespace Ror.Cli.Commands;

/// <summary><c>ror changes --since &lt;date&gt;</c>: TR-Notif-ListeEtablissementMajApresDate.</summary>
internal static class ChangesCommand
{
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var since = new Option<DateTimeOffset>("--since") { Description = "The reference date (dateRef), e.g. 2025-06-01 or 2025-06-01T08:00:00+02:00.", Required = true };
        var command = new Command("changes", "List the establishments changed since a date (TR-Notif-ListeEtablissementMajApresDate).") { since };
        CommandActions.Set(command, globals, output, error, async (context, cancellationToken) =>
        {
            var console = context.Console;
            await using var connection = await RorConnection.OpenAsync(context, cancellationToken);
            var reference = context.Get(since);
            var notices = await connection.Client.GetEstablishmentsUpdatedSinceAsync(reference, cancellationToken: cancellationToken);
            if (console.Json)
            {
                var array = new JsonArray();
                foreach (var notice in notices)
                {
                    var fields = new JsonArray();
                    foreach (var field in notice.ActivityTypes)
                    {
                        fields.Add(field.Code);
                    }

                    array.Add(new JsonObject
                    {
                        ["establishmentId"] = notice.EstablishmentId.Code,
                        ["authority"] = notice.EstablishmentId.AssigningAuthorityName,
                        ["activityFields"] = fields,
                        ["restrictedOrganization"] = notice.RestrictedOrganization,
                    });
                }

                console.WriteJson(new JsonObject { ["since"] = reference.ToString("O", CultureInfo.InvariantCulture), ["count"] = notices.Count, ["establishments"] = array });
                return CliExitCodes.Ok;
            }

            console.Line(string.Create(CultureInfo.InvariantCulture, $"{notices.Count} establishment(s) changed since {reference:yyyy-MM-dd HH:mm:ss zzz}"));
            foreach (var notice in notices)
            {
                console.Line($"  {notice.EstablishmentId.Code}  champ {string.Join(",", notice.ActivityTypes.Select(static t => t.Code))}");
            }

            return CliExitCodes.Ok;
        });
        return command;
    }
}
