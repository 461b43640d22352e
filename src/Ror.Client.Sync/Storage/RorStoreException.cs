namespace Ror.Client.Sync.Storage;

/// <summary>An error of the local ROR store: a database it cannot use, or data it cannot store.</summary>
public sealed class RorStoreException : Exception
{
    /// <summary>Creates the exception without a message.</summary>
    public RorStoreException()
    {
    }

    /// <summary>Creates the exception with a message saying what went wrong and where.</summary>
    /// <param name="message">What went wrong.</param>
    public RorStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RorStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
