using System.CommandLine;

namespace Ror.Cli.Infrastructure;

/// <summary>The options every command accepts.</summary>
internal sealed class GlobalOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "Write the result as JSON on the standard output (for scripts).", Recursive = true };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "No progress lines on the standard error.", Recursive = true };

    public Option<string?> Config { get; } = new("--config") { Description = "A JSON configuration file (same shape as appsettings.json).", Recursive = true };

    public Option<string?> Environment { get; } = new("--environment", "-e") { Description = "The ROR environment to use (Ror:Environment), e.g. Platines or Production.", Recursive = true };

    /// <summary>The access profile option, for commands that show data.</summary>
    public static Option<int?> CreateProfile() => new("--profile", "-p")
    {
        Description = "Show the data as a user of this ROR access profile sees it (0 to 3): the access policy filters the answer.",
        CustomParser = static result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 3)
            {
                return value;
            }

            result.AddError($"--profile takes 0, 1, 2 or 3 (got '{token}').");
            return null;
        },
    };
}
