using System.Diagnostics;

namespace Ror.Client.Perf;

/// <summary>
/// Runs a step of the perf command in a fresh process of the same program, so that the step's peak working set
/// and CPU time are its own.
/// </summary>
public static class ChildProcess
{
    /// <summary>The start information of a child running this program with <paramref name="arguments"/>.</summary>
    /// <param name="redirectInput">Whether the parent writes to the child's standard input.</param>
    /// <param name="arguments">The child's command line.</param>
    /// <returns>The start information, standard output and error redirected.</returns>
    public static ProcessStartInfo StartInfo(bool redirectInput, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string host = Environment.ProcessPath ?? "dotnet";
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs a child to its end and returns the space-separated fields of its standard output.</summary>
    /// <param name="arguments">The child's command line; the first argument names the step in errors.</param>
    /// <returns>The fields the child printed.</returns>
    public static Task<string[]> RunAsync(params string[] arguments) => RunAsync(null, arguments);

    /// <summary>Runs a child to its end, with variables added to its environment, and returns the space-separated fields of its standard output.</summary>
    /// <param name="environment">Variables set in the child's environment (null: none).</param>
    /// <param name="arguments">The child's command line; the first argument names the step in errors.</param>
    /// <returns>The fields the child printed.</returns>
    public static async Task<string[]> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = StartInfo(redirectInput: false, arguments);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("The child process did not start.");
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The child step {arguments[0]} failed ({child.ExitCode}): {await error}");
        }

        return (await output).Trim().Split(' ');
    }
}
