using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Ror.Cli.Infrastructure;

namespace Ror.Cli.Commands;

/// <summary><c>ror extract --out &lt;file&gt;</c>: downloads the REST extraction (resumable).</summary>
internal static class ExtractCommand
{
    public static Command Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        var destination = new Option<string>("--out", "-o") { Description = "The file to write (an interrupted download resumes from <file>.partial).", Required = true };
        var command = new Command("extract", "Download the extraction of the ROR offer (REST) to a file, resumable.") { destination };
        CommandActions.Set(command, globals, output, error, async (context, cancellationToken) =>
        {
            var console = context.Console;
            var path = Path.GetFullPath(context.Get(destination)!);
            await using var connection = await RorConnection.OpenAsync(context, cancellationToken);
            console.Progress($"Downloading the extraction from the {connection.Target}...");
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = await connection.Client.DownloadExtractionAsync(path, cancellationToken);
            if (console.Json)
            {
                console.WriteJson(new JsonObject
                {
                    ["file"] = path,
                    ["bytes"] = result.Length,
                    ["mediaType"] = result.MediaType,
                    ["resumed"] = result.ResumeCount,
                });
            }
            else
            {
                console.Line(string.Create(CultureInfo.InvariantCulture, $"Extraction written to {path}: {result.Length:N0} bytes ({result.MediaType ?? "unknown type"}) in {started.Elapsed.TotalSeconds:F1} s{(result.ResumeCount > 0 ? $", resumed {result.ResumeCount} time(s)" : string.Empty)}"));
            }

            return CliExitCodes.Ok;
        });
        return command;
    }
}
