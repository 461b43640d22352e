using System.Reflection;

namespace Ror.Client.Tests;

public sealed class ConventionTests
{
    private static readonly Assembly ClientAssembly = typeof(IRorClient).Assembly;

    [Fact]
    public void PublicAsyncMethods_TakeACancellationTokenLast()
    {
        var offenders = ClientAssembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType)
                || (m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() is var d && (d == typeof(ValueTask<>) || d == typeof(IAsyncEnumerable<>))))
            .Where(m => m.GetParameters() is not [.., { ParameterType: var last }] || last != typeof(CancellationToken))
            .Select(m => m.DeclaringType!.Name + "." + m.Name)
            .ToList();

        Assert.True(offenders.Count == 0, "async methods without a final CancellationToken: " + string.Join(", ", offenders));
    }

    [Fact]
    public void PublicExceptions_DeriveFromRorException()
    {
        var offenders = ClientAssembly.GetExportedTypes()
            .Where(t => typeof(Exception).IsAssignableFrom(t) && !typeof(Ror.Client.Errors.RorException).IsAssignableFrom(t))
            .Select(t => t.Name)
            .ToList();

        Assert.True(offenders.Count == 0, "exceptions outside the RorException family: " + string.Join(", ", offenders));
    }
}
