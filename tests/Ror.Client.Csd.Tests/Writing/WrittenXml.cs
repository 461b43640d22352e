using Ror.Client.Csd.Validation;

namespace Ror.Client.Csd.Tests.Writing;

/// <summary>Helpers to write fixtures and check the output.</summary>
internal static class WrittenXml
{
    public static async Task<byte[]> WriteAsync(object message, CsdWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        await CsdWriter.WriteMessageAsync(stream, message, options);
        return stream.ToArray();
    }

    public static void AssertValid(string name, CsdValidationResult result) =>
        Assert.True(
            result.Issues.Count == 0,
            $"{name} should validate against the official XSD without issue:{Environment.NewLine}{string.Join(Environment.NewLine, result.Issues)}");
}
