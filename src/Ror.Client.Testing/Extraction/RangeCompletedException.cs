namespace Ror.Client.Testing.Extraction;

/// <summary>Stops producing a package once the requested byte range has been sent.</summary>
internal sealed class RangeCompletedException : Exception
{
    public RangeCompletedException()
        : base("The requested byte range is complete.")
    {
    }
}
