using System.Diagnostics.CodeAnalysis;

namespace Ror.Client.Csd.Models;

/// <summary>
/// Base of the five directory entities: <see cref="Organization"/>, <see cref="Service"/>,
/// <see cref="Facility"/>, <see cref="Provider"/> and <see cref="Device"/>. Each has an
/// <c>entityID</c> and its metadata (<c>record</c>); a streaming read yields them one at a time.
/// </summary>
public abstract record CsdEntity : UniqueId
{
    /// <summary>Creates an entity.</summary>
    protected CsdEntity()
    {
    }

    /// <summary>Copies an entity (a <c>with</c> expression): the copy holds no captured XML, which belongs to the entity as read.</summary>
    /// <param name="original">The entity copied.</param>
    [SetsRequiredMembers]
    protected CsdEntity(CsdEntity original)
        : base(original)
    {
    }

    /// <summary>Metadata of the entity (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    public abstract Metadata Record { get; init; }

    /// <summary>
    /// The entity's XML as read (<see cref="CsdReaderOptions.CaptureEntityXml"/>), or null; not part of equality: an array
    /// of its own, or the capture whose reused buffer holds it (<see cref="CsdReaderOptions.ReuseEntityXmlBuffer"/>).
    /// </summary>
    internal object? CapturedXml { get; set; }

    /// <summary>With a reused buffer: the XML's length in it, and the capture's generation when it was written there.</summary>
    internal (int Length, int Generation) CapturedInReusedBuffer { get; set; }

    /// <summary>Whether two entities are equal: same type and same values (the captured XML is not compared).</summary>
    /// <param name="other">The other entity.</param>
    /// <returns>Whether they are equal.</returns>
    public virtual bool Equals(CsdEntity? other) => base.Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}
