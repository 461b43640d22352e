namespace Ror.Client.Csd.Models;

/// <summary>The content of a <see cref="CareServicesRequest"/>: an expression or a stored function call.</summary>
public abstract record CareServicesQuery;
