using Ror.Client.Configuration;
using Ror.Client.Csd.Access;
using Ror.Client.Resilience;

namespace Ror.Client;

/// <summary>
/// Settings of a ROR client, bound from the configuration section <c>"Ror"</c> by default. Switching platform is one setting:
/// <see cref="Environment"/> names the entry of <see cref="Environments"/> in use.
/// </summary>
public sealed class RorClientOptions
{
    /// <summary>The default configuration section name.</summary>
    public const string SectionName = "Ror";

    /// <summary>
    /// Name of the environment in use, a key of <see cref="Environments"/> (e.g. <see cref="RorEnvironment.Platines"/>,
    /// <see cref="RorEnvironment.Production"/>, or a name of your own). Compared case-insensitively.
    /// </summary>
    public string Environment { get; set; } = RorEnvironment.Platines;

    /// <summary>The known environments by name (case-insensitive).</summary>
    public IDictionary<string, RorEnvironment> Environments { get; } =
        new Dictionary<string, RorEnvironment>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The client certificate shared by every environment that does not give its own.</summary>
    public RorClientCertificateOptions ClientCertificate { get; set; } = new();

    /// <summary>
    /// The access profile sent in a VIHF token (unsigned SAML 2.0 assertion in <c>wsse:Security</c>).
    /// <see langword="null"/> (default): no token is sent, the profile bound at onboarding applies.
    /// </summary>
    public RorAccessProfile? AccessProfile { get; set; }

    /// <summary>
    /// Name of the calling application, sent in the VIHF token (subject-id and NameID). Required with <see cref="AccessProfile"/>.
    /// </summary>
    public string? ApplicationName { get; set; }

    /// <summary>Whether WS-Addressing headers (<c>wsa:Action</c>, <c>wsa:MessageID</c>, <c>wsa:To</c>) are sent. Default <see langword="false"/>.</summary>
    public bool UseWsAddressing { get; set; }

    /// <summary>Largest SOAP response accepted, in bytes. Default 256 MiB (answers are not paged).</summary>
    public long MaxReceivedMessageSize { get; set; } = 256L * 1024 * 1024;

    /// <summary>Lifetime of a pooled HTTP connection, so that DNS changes are seen. Default 5 min.</summary>
    public TimeSpan PooledConnectionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// What to do when a Lecture answer announces a <c>facilityNumber</c> that differs from the number of UE returned
    /// (RG_ALIM_019). Default <see cref="RorIntegrityCheckMode.Error"/>.
    /// </summary>
    public RorIntegrityCheckMode FacilityNumberCheck { get; set; } = RorIntegrityCheckMode.Error;

    /// <summary>
    /// <c>assigningAuthorityName</c> sent with establishment identifiers (<c>id_etablissement</c>). Default
    /// <c>1.2.250.1.71.1.2.14</c>, as the ANS test platform sends it (<c>1.2.250.1.71.4.2.2</c> is also seen).
    /// </summary>
    public string EstablishmentIdAuthority { get; set; } = Csd.Identifiers.IdentifierAuthorities.StructureIdentifierTypes;

    /// <summary>
    /// <c>assigningAuthorityName</c> sent with internal organisation identifiers (<c>organisationID</c>); not documented by ANS.
    /// Default: the same as <see cref="EstablishmentIdAuthority"/>.
    /// </summary>
    public string? InternalOrganizationIdAuthority { get; set; }

    /// <summary>
    /// Whether request dates (<c>dateRef</c>) are sent with their UTC offset. Default <see langword="false"/>: Europe/Paris
    /// local time without offset, the form of the ANS test platform.
    /// </summary>
    public bool SendRequestDatesWithOffset { get; set; }

    /// <summary>Retry, timeout and circuit breaker settings.</summary>
    public RorResilienceOptions Resilience { get; set; } = new();

    /// <summary>Returns the environment named by <see cref="Environment"/>.</summary>
    /// <returns>The current environment.</returns>
    /// <exception cref="Errors.RorConfigurationException">The environment is not defined.</exception>
    public RorEnvironment GetCurrentEnvironment()
    {
        if (string.IsNullOrWhiteSpace(Environment) || !Environments.TryGetValue(Environment, out var environment))
        {
            throw new Errors.RorConfigurationException(
                $"The ROR environment '{Environment}' is not defined in Environments (defined: {string.Join(", ", Environments.Keys)}).");
        }

        return environment;
    }

    /// <summary>Returns the client certificate settings of the current environment (its own, or the shared ones).</summary>
    /// <returns>The client certificate settings in use.</returns>
    public RorClientCertificateOptions GetCurrentClientCertificate() =>
        GetCurrentEnvironment().ClientCertificate ?? ClientCertificate;
}
