using FsCheck.Xunit;
using Ror.Client.ReliabilityTests.Infrastructure;

namespace Ror.Client.ReliabilityTests.Fuzzing;

/// <summary>
/// An FsCheck property whose number of cases is multiplied by <c>ROR_SOAK</c> (see <see cref="Soak"/>). FsCheck prints the
/// seed of a failing run; put it in <c>Replay</c> to run the same cases again. It reports the number of cases run
/// ("Ok, passed N tests") in the test output.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FuzzPropertyAttribute : PropertyAttribute
{
    /// <param name="cases">The number of cases of a normal run.</param>
    public FuzzPropertyAttribute(int cases)
    {
        MaxTest = Soak.Scale(cases);
        Arbitrary = [typeof(CsdArbitraries)];
    }
}
