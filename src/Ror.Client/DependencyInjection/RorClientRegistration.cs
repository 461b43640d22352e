namespace Ror.Client.DependencyInjection;

/// <summary>Marks that a ROR client of this name was registered.</summary>
internal sealed record RorClientRegistration(string Name);
