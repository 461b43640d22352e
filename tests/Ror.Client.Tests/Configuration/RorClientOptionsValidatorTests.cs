using Ror.Client.Configuration;
using Ror.Client.Csd.Access;

namespace Ror.Client.Tests.Configuration;

public sealed class RorClientOptionsValidatorTests
{
    private static RorClientOptions ValidOptions()
    {
        var options = new RorClientOptions { Environment = RorEnvironment.Platines };
        options.Environments[RorEnvironment.Platines] = new RorEnvironment { SoapEndpoint = new Uri("https://platines.example/ROR/CSD") };
        options.ClientCertificate.Path = "/certs/client.p12";
        return options;
    }

    private static string Failure(RorClientOptions options)
    {
        var result = new RorClientOptionsValidator().Validate(string.Empty, options);
        Assert.True(result.Failed, "the options should have been refused");
        return result.FailureMessage;
    }

    [Fact]
    public void Validate_CompleteOptions_Succeeds()
    {
        var result = new RorClientOptionsValidator().Validate(string.Empty, ValidOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_NoSoapEndpoint_SaysWhichSettingIsMissing()
    {
        var options = ValidOptions();
        options.Environments[RorEnvironment.Platines].SoapEndpoint = null;

        Assert.Contains("Environments:Platines:SoapEndpoint is required", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PlainHttpEndpoint_IsRefused()
    {
        var options = ValidOptions();
        options.Environments[RorEnvironment.Platines].SoapEndpoint = new Uri("http://platines.example/ROR/CSD");

        Assert.Contains("must be an absolute https:// address", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownEnvironment_NamesTheDefinedOnes()
    {
        var options = ValidOptions();
        options.Environment = "Staging";

        Assert.Contains("Environment 'Staging' is not one of the defined environments (Platines)", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidServerCertificateAllowedOnProduction_IsRefused()
    {
        var options = ValidOptions();
        options.Environments[RorEnvironment.Production] = new RorEnvironment
        {
            SoapEndpoint = new Uri("https://ror.example/ROR/CSD"),
            AllowInvalidServerCertificate = true,
        };

        Assert.Contains("AllowInvalidServerCertificate cannot be enabled for production", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidServerCertificateAllowedOnSimulator_IsAccepted()
    {
        var options = ValidOptions();
        options.Environments[RorEnvironment.Platines].AllowInvalidServerCertificate = true;

        Assert.True(new RorClientOptionsValidator().Validate(string.Empty, options).Succeeded, "a non-production environment may accept any server certificate");
    }

    [Fact]
    public void Validate_NoClientCertificate_ListsTheSources()
    {
        var options = ValidOptions();
        options.ClientCertificate.Path = null;

        Assert.Contains("no client certificate is configured", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoCertificateSources_IsRefused()
    {
        var options = ValidOptions();
        options.ClientCertificate.Thumbprint = "AB CD";

        Assert.Contains("give one client certificate source only", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EnvironmentOwnCertificate_ReplacesTheSharedOne()
    {
        var options = ValidOptions();
        options.ClientCertificate.Path = null;
        options.Environments[RorEnvironment.Platines].ClientCertificate = new RorClientCertificateOptions { Path = "/certs/test.p12" };

        Assert.True(new RorClientOptionsValidator().Validate(string.Empty, options).Succeeded, "the environment's own certificate is enough");
        Assert.Equal("/certs/test.p12", options.GetCurrentClientCertificate().Path);
    }

    [Fact]
    public void Validate_AccessProfileWithoutApplicationName_IsRefused()
    {
        var options = ValidOptions();
        options.AccessProfile = RorAccessProfile.UnscheduledCareRegulation;

        Assert.Contains("ApplicationName is required with AccessProfile", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UndefinedAccessProfile_IsRefused()
    {
        var options = ValidOptions();
        options.AccessProfile = (RorAccessProfile)7;
        options.ApplicationName = "app";

        Assert.Contains("AccessProfile 7 does not exist", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AttemptTimeoutAboveTotalTimeout_IsRefused()
    {
        var options = ValidOptions();
        options.Resilience.AttemptTimeout = TimeSpan.FromMinutes(5);

        Assert.Contains("AttemptTimeout must be positive and not above TotalTimeout", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NegativeRetryCount_IsRefused()
    {
        var options = ValidOptions();
        options.Resilience.MaxRetryAttempts = -1;

        Assert.Contains("MaxRetryAttempts must be between 0 and 10", Failure(options), StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_SoapAttemptTimeout_IsThirtySeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new RorClientOptions().Resilience.AttemptTimeout);
    }
}
