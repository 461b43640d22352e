namespace Ror.Client.Csd.Models;

/// <summary>
/// Base of the five directory entities: <see cref="Organization"/>, <see cref="Service"/>,
/// <see cref="Facility"/>, <see cref="Provider"/> and <see cref="Device"/>. Each has an
/// <c>entityID</c> and its metadata (<c>record</c>); a streaming read yields them one at a time.
/// </summary>
public abstract record CsdEntity : UniqueId
{
    /// <summary>Metadata of the entity (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    public abstract Metadata Record { get; init; }
}
