using System.CommandLine;
using Ror.Cli.Infrastructure;

namespace Ror.Cli.Commands;

/// <summary>Every command of the tool.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(GlobalOptions globals, TextWriter output, TextWriter error)
    {
        yield return DemoCommand.Create(globals, output, error);
        yield return SyncCommand.Create(globals, output, error);
        yield return OfferCommands.CreateEstablishment(globals, output, error);
        yield return OfferCommands.CreateOrganisation(globals, output, error);
        yield return ChangesCommand.Create(globals, output, error);
        yield return ExtractCommand.Create(globals, output, error);
        yield return ImportPublicCommand.Create(globals, output, error);
        yield return ValidateCommand.Create(globals, output, error);
        yield return CheckCommand.Create(globals, output, error);
        yield return SimulatorCommand.Create(globals, output, error);
    }
}
