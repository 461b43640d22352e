using Ror.Client.Configuration;
using Ror.Client.Errors;

namespace Ror.Client.Tests.Configuration;

public sealed class RorEnvironmentTests
{
    [Fact]
    public void BuildExtractionUri_WithQueryParameters_AppendsThemEscaped()
    {
        var environment = new RorEnvironment { ExtractionEndpoint = new Uri("https://ror.example/extraction?format=csd") };
        environment.ExtractionQueryParameters["region"] = "Île-de-France";

        var uri = environment.BuildExtractionUri();

        Assert.Equal("https://ror.example/extraction?format=csd&region=%C3%8Ele-de-France", uri!.AbsoluteUri);
    }

    [Fact]
    public void BuildExtractionUri_NoEndpoint_ReturnsNull()
    {
        Assert.Null(new RorEnvironment().BuildExtractionUri());
    }

    [Fact]
    public void GetCurrentEnvironment_NameInOtherCase_FindsIt()
    {
        var options = new RorClientOptions { Environment = "production" };
        var production = new RorEnvironment { SoapEndpoint = new Uri("https://ror.example/") };
        options.Environments[RorEnvironment.Production] = production;

        Assert.Same(production, options.GetCurrentEnvironment());
    }

    [Fact]
    public void GetCurrentEnvironment_Undefined_ThrowsConfigurationError()
    {
        var options = new RorClientOptions { Environment = "Nowhere" };

        var error = Assert.Throws<RorConfigurationException>(options.GetCurrentEnvironment);
        Assert.Contains("'Nowhere' is not defined", error.Message, StringComparison.Ordinal);
    }
}
