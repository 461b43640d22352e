using System.Collections.Concurrent;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ror.Client.Errors;

namespace Ror.Client.DependencyInjection;

/// <summary>Builds the runtime of each registered ROR client once, on first use, and disposes them with the container.</summary>
internal sealed class RorClientRegistry : IRorHttpPipelineProvider, IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<RorClientRuntime>> _runtimes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names;
    private readonly IOptionsMonitor<RorClientOptions> _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IHttpMessageHandlerFactory _handlerFactory;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _timeProvider;

    public RorClientRegistry(
        IEnumerable<RorClientRegistration> registrations,
        IOptionsMonitor<RorClientOptions> options,
        IHttpClientFactory httpClientFactory,
        IHttpMessageHandlerFactory handlerFactory,
        ILoggerFactory loggerFactory,
        TimeProvider? timeProvider = null)
    {
        _names = registrations.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        _options = options;
        _httpClientFactory = httpClientFactory;
        _handlerFactory = handlerFactory;
        _loggerFactory = loggerFactory;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public IReadOnlyCollection<string> Names => _names;

    public RorClientRuntime Get(string clientName)
    {
        if (!_names.Contains(clientName))
        {
            throw new RorConfigurationException(
                $"No ROR client named '{clientName}' is registered (registered: {string.Join(", ", _names.Select(n => n.Length == 0 ? "<default>" : n))}).");
        }

        return _runtimes.GetOrAdd(
            clientName,
            name => new Lazy<RorClientRuntime>(
                () => new RorClientRuntime(name, _options.Get(name), _httpClientFactory, _handlerFactory, _loggerFactory, _timeProvider),
                LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    public IRorHttpPipeline GetPipeline(string clientName) => Get(clientName);

    public void Dispose()
    {
        foreach (var runtime in _runtimes.Values.Where(r => r.IsValueCreated))
        {
            runtime.Value.Dispose();
        }
    }
}
