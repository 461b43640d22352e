namespace Ror.Client.Csd.Access;

/// <summary>
/// Thrown when data is asked for under a wider access profile than the one it was obtained under: a filter
/// can only hide data, never restore what the ROR did not send.
/// </summary>
public sealed class RorAccessPolicyException : ArgumentException
{
    /// <summary>Creates the exception for a pair of profiles.</summary>
    /// <param name="obtainedUnder">The profile the data was obtained under.</param>
    /// <param name="target">The wider profile that was asked for.</param>
    public RorAccessPolicyException(RorAccessProfile obtainedUnder, RorAccessProfile target)
        : base($"Data obtained under access profile {(int)obtainedUnder} ({obtainedUnder.GetUserProfileCode()}) cannot be shown under profile {(int)target} ({target.GetUserProfileCode()}), which sees more (order of views: 0 ⊂ 3 ⊂ 2 ⊂ 1).", nameof(target))
    {
        ObtainedUnder = obtainedUnder;
        Target = target;
    }

    /// <summary>Creates the exception with a message.</summary>
    public RorAccessPolicyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RorAccessPolicyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RorAccessPolicyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The profile the data was obtained under.</summary>
    public RorAccessProfile? ObtainedUnder { get; }

    /// <summary>The profile that was asked for.</summary>
    public RorAccessProfile? Target { get; }
}
