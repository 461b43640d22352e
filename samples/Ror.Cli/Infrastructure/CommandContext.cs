using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace Ror.Cli.Infrastructure;

/// <summary>What a command's action receives: the parse result, the console and the configuration.</summary>
internal sealed class CommandContext
{
    private readonly Lazy<IConfiguration> _configuration;

    public CommandContext(ParseResult parseResult, CliConsole console, Func<IConfiguration> configuration)
    {
        ParseResult = parseResult;
        Console = console;
        _configuration = new Lazy<IConfiguration>(configuration);
    }

    public ParseResult ParseResult { get; }

    public CliConsole Console { get; }

    public IConfiguration Configuration => _configuration.Value;

    public T? Get<T>(Option<T> option) => ParseResult.GetValue(option);

    public T? Get<T>(Argument<T> argument) => ParseResult.GetValue(argument);
}
