namespace Ror.Client.Csd.Models;

/// <summary>The content of a <see cref="CareServicesResponse"/>: a <see cref="CareServicesResult"/> or a <see cref="CsdError"/>.</summary>
public abstract record CareServicesOutcome;
