using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ror.Cli.Infrastructure;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and diagnostics to <see cref="Error"/>.</summary>
internal sealed class CliConsole
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public CliConsole(TextWriter output, TextWriter error, bool json, bool quiet)
    {
        Out = output;
        Error = error;
        Json = json;
        Quiet = quiet;
    }

    /// <summary>Results (text or JSON).</summary>
    public TextWriter Out { get; }

    /// <summary>Progress, notes and errors.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether the result is written as one JSON document on <see cref="Out"/>.</summary>
    public bool Json { get; }

    /// <summary>Whether progress lines are suppressed.</summary>
    public bool Quiet { get; }

    /// <summary>Writes a human line (suppressed in JSON mode, where only the JSON document goes to the output).</summary>
    public void Line(string text = "")
    {
        if (!Json)
        {
            Out.WriteLine(text);
        }
    }

    /// <summary>Writes a progress or note line to the error stream.</summary>
    public void Progress(string text)
    {
        if (!Quiet)
        {
            Error.WriteLine(text);
        }
    }

    /// <summary>Writes the JSON result document.</summary>
    public void WriteJson(JsonNode node) => Out.WriteLine(node.ToJsonString(JsonOptions));
}
