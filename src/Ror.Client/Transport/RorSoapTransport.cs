using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Logging;
using Ror.Client.Certificates;
using Ror.Client.Csd;
using Ror.Client.Diagnostics;
using Ror.Client.Errors;

namespace Ror.Client.Transport;

/// <summary>
/// Sends one SOAP 1.2 request to the ROR through WCF (text encoding, HTTPS transport) and reads the answer with a delegate;
/// an answer whose content type names UTF-8 is read with the CSD reader's own UTF-8 reader
/// (<see cref="Utf8ReplyEncodingBindingElement"/>).
/// WCF is given the handler chain of the client's named <see cref="HttpClient"/>, so SOAP and REST share one HTTP pipeline
/// (client certificate, trust, resilience, user handlers). The channel factory is built and opened once.
/// </summary>
internal sealed class RorSoapTransport : IDisposable
{
    private readonly RorClientOptions _options;
    private readonly string _clientName;
    private readonly string _httpClientName;
    private readonly TlsSettingsProvider _tls;
    private readonly IHttpMessageHandlerFactory _handlerFactory;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly EndpointAddress _address;
    private readonly TimeSpan _channelTimeout;
    private readonly object _factoryLock = new();
    private IChannelFactory<IRequestChannel>? _factory;

    public RorSoapTransport(
        string clientName,
        string httpClientName,
        RorClientOptions options,
        TlsSettingsProvider tls,
        IHttpMessageHandlerFactory handlerFactory,
        ILogger logger,
        TimeProvider timeProvider)
    {
        _clientName = clientName;
        _httpClientName = httpClientName;
        _options = options;
        _tls = tls;
        _handlerFactory = handlerFactory;
        _logger = logger;
        _timeProvider = timeProvider;
        var endpoint = options.GetCurrentEnvironment().SoapEndpoint
            ?? throw new RorConfigurationException($"No SoapEndpoint is configured for the ROR environment '{options.Environment}'.");
        _address = new EndpointAddress(endpoint);

        // The resilience pipeline enforces the time limits; WCF's own limit only backs it up.
        _channelTimeout = options.Resilience.TotalTimeout + TimeSpan.FromSeconds(30);
    }

    /// <summary>
    /// Sends a request whose body is written by <paramref name="writeBody"/> and returns what <paramref name="readBody"/>
    /// reads from the answer body (the reader is positioned on the first child of <c>env:Body</c>).
    /// </summary>
    public async Task<T> SendAsync<T>(
        string transaction,
        string action,
        Action<XmlDictionaryWriter> writeBody,
        Func<XmlReader, T> readBody,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var activity = RorClientInstrumentation.ActivitySource.StartActivity(transaction, ActivityKind.Client);
        activity?.SetTag(RorClientTelemetry.TransactionTag, transaction);
        activity?.SetTag(RorClientTelemetry.ClientNameTag, _clientName);
        activity?.SetTag("ror.environment", _options.Environment);
        activity?.SetTag("rpc.system", "soap");
        var correlationId = activity?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
        var startedAt = _timeProvider.GetUtcNow();
        var started = _timeProvider.GetTimestamp();
        var state = RorCallState.Begin(_clientName, transaction, action);
        TlsSettings? tls = null;
        Exception? failure = null;
        var body = new DelegateBodyWriter(writeBody);
        try
        {
            tls = await _tls.GetAsync(cancellationToken).ConfigureAwait(false);
            var message = CreateMessage(action, body, tls);
            try
            {
                return await RequestAsync(transaction, message, readBody, state, correlationId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (body.Failure is { } writeFailure)
            {
                // The request body could not be written: the caller's input is at fault, not the network.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(writeFailure);
                throw;
            }
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested)
        {
            failure = exception as OperationCanceledException ?? new OperationCanceledException("The ROR call was cancelled.", exception, cancellationToken);
            throw failure;
        }
        catch (Exception exception)
        {
            if (ReferenceEquals(exception, body.Failure))
            {
                failure = exception;
                throw;
            }

            failure = RorExceptionMapper.Map(exception, new CallFacts(
                transaction, _options.Environment, correlationId, startedAt, state.LastStatusCode, state.Attempts, tls ?? _tls.Loaded, state.LastFault));
            if (ReferenceEquals(failure, exception))
            {
                throw;
            }

            throw failure;
        }
        finally
        {
            var elapsed = _timeProvider.GetElapsedTime(started);
            RorClientInstrumentation.RecordTransaction(_clientName, transaction, elapsed, failure);
            activity?.SetTag(RorClientTelemetry.OutcomeTag, RorClientInstrumentation.OutcomeOf(failure));
            if (failure is null)
            {
                RorClientLog.TransactionSucceeded(_logger, transaction, (long)elapsed.TotalMilliseconds, correlationId);
            }
            else
            {
                activity?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
                var ror = failure as RorException;
                // A service fault carries the server's message: it is not logged.
                RorClientLog.TransactionFailed(_logger, failure is RorServiceFaultException ? null : failure, transaction, (long)elapsed.TotalMilliseconds, failure.GetType().Name,
                    (int?)ror?.StatusCode, ror?.RorErrorCode, correlationId);
            }
        }
    }

    public void Dispose()
    {
        lock (_factoryLock)
        {
            if (_factory is null)
            {
                return;
            }

            try
            {
                _factory.Close();
            }
            catch (CommunicationException)
            {
                _factory.Abort();
            }
            catch (TimeoutException)
            {
                _factory.Abort();
            }

            _factory = null;
        }
    }

    private async Task<T> RequestAsync<T>(
        string transaction,
        Message message,
        Func<XmlReader, T> readBody,
        RorCallState state,
        string correlationId,
        CancellationToken cancellationToken)
    {
        var channel = GetFactory().CreateChannel(_address);
        Message? reply = null;
        try
        {
            using (cancellationToken.Register(static c => ((IRequestChannel)c!).Abort(), channel))
            {
                await Task.Factory.FromAsync(channel.BeginOpen, channel.EndOpen, _channelTimeout, null).ConfigureAwait(false);
                reply = await Task.Factory.FromAsync(
                    (callback, asyncState) => channel.BeginRequest(message, _channelTimeout, callback, asyncState),
                    channel.EndRequest,
                    null).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var status = (reply.Properties.TryGetValue(HttpResponseMessageProperty.Name, out var property)
                ? (property as HttpResponseMessageProperty)?.StatusCode
                : null) ?? state.LastStatusCode;

            if (reply.IsEmpty)
            {
                throw new RorResponseInvalidException($"{transaction}: the answer of the ROR has an empty SOAP body.")
                { Transaction = transaction, StatusCode = status, CorrelationId = correlationId };
            }

            using var reader = reply.GetReaderAtBodyContents();
            if (reply.IsFault)
            {
                throw RorExceptionMapper.CreateServiceFault(transaction, SoapFaultParser.ReadFault(reader), status, correlationId);
            }

            if (reader.LocalName == "erreur")
            {
                throw RorExceptionMapper.CreateServiceFault(transaction, SoapFaultParser.ReadErrorElement(reader), status, correlationId);
            }

            T result;
            try
            {
                // An answer named UTF-8 was read with the CSD reader's UTF-8 reader (Utf8ReplyEncodingBindingElement), on which
                // WCF's reader is only a wrapper: the body is read with it directly, so that its names are matched as bytes.
                result = readBody(reply.Properties.TryGetValue(Utf8ReplyEncodingBindingElement.ReaderProperty, out var direct) && direct is XmlReader utf8 ? utf8 : reader);
            }
            catch (CsdFaultException exception)
            {
                var fault = exception.Fault;
                throw RorExceptionMapper.CreateServiceFault(transaction, new SoapFaultDetails(fault.Code, fault.Message, fault.SoapCode), status, correlationId, exception);
            }
            catch (RorException exception) when (exception.CorrelationId is null)
            {
                throw Annotate(exception, status, correlationId);
            }
            catch (Exception exception) when (exception is CsdFormatException or XmlException or FormatException or InvalidDataException or InvalidOperationException)
            {
                throw new RorResponseInvalidException(
                    $"{transaction}: the answer of the ROR cannot be read: {exception.GetType().Name}.", exception)
                { Transaction = transaction, StatusCode = status, CorrelationId = correlationId };
            }

            reply.Close();
            reply = null;
            await Task.Factory.FromAsync(channel.BeginClose, channel.EndClose, _channelTimeout, null).ConfigureAwait(false);
            return result;
        }
        finally
        {
            reply?.Close();
            if (channel.State != CommunicationState.Closed)
            {
                channel.Abort();
            }
        }
    }

    /// <summary>Adds the HTTP status and correlation id to an error raised while reading the answer.</summary>
    private static RorException Annotate(RorException exception, HttpStatusCode? status, string correlationId) => exception switch
    {
        RorServiceFaultException fault => new RorServiceFaultException(fault.Message, fault.InnerException)
        {
            Transaction = fault.Transaction, StatusCode = status, RorErrorCode = fault.RorErrorCode, RorErrorMessage = fault.RorErrorMessage,
            SoapFaultCode = fault.SoapFaultCode, CorrelationId = correlationId,
        },
        RorResponseInvalidException invalid => new RorResponseInvalidException(invalid.Message, invalid.InnerException)
        {
            Transaction = invalid.Transaction, StatusCode = status, RorErrorCode = invalid.RorErrorCode, RorErrorMessage = invalid.RorErrorMessage,
            CorrelationId = correlationId,
        },
        _ => exception,
    };

    private Message CreateMessage(string action, DelegateBodyWriter body, TlsSettings tls)
    {
        var message = Message.CreateMessage(MessageVersion.Soap12, action, body);
        if (_options.UseWsAddressing)
        {
            message.Headers.Add(new WsAddressingHeader("Action", action));
            message.Headers.Add(new WsAddressingHeader("MessageID", "urn:uuid:" + Guid.NewGuid().ToString("D")));
            message.Headers.Add(new WsAddressingHeader("To", _address.Uri.AbsoluteUri));
        }

        if (_options.AccessProfile is { } profile)
        {
            var token = new VihfToken(
                profile,
                _options.ApplicationName ?? string.Empty,
                tls.ClientCertificate.Certificate.Subject,
                _timeProvider.GetUtcNow(),
                "_" + Guid.NewGuid().ToString("D"));
            message.Headers.Add(new VihfSecurityHeader(token));
        }

        return message;
    }

    private IChannelFactory<IRequestChannel> GetFactory()
    {
        var factory = Volatile.Read(ref _factory);
        if (factory is not null)
        {
            return factory;
        }

        lock (_factoryLock)
        {
            if (_factory is null)
            {
                var created = CreateBinding().BuildChannelFactory<IRequestChannel>(new BindingParameterCollection
                {
                    // WCF's hook to replace its HTTP handler: the named client's whole handler chain is used instead.
                    new Func<HttpClientHandler, HttpMessageHandler>(_ => _handlerFactory.CreateHandler(_httpClientName)),
                });
                created.Open();
                Volatile.Write(ref _factory, created);
            }

            return _factory;
        }
    }

    private CustomBinding CreateBinding()
    {
        var encoding = new TextMessageEncodingBindingElement(MessageVersion.Soap12, new UTF8Encoding(false))
        {
            ReaderQuotas =
            {
                MaxDepth = 256,
                MaxStringContentLength = int.MaxValue,
                MaxArrayLength = int.MaxValue,
                MaxBytesPerRead = 64 * 1024,
                MaxNameTableCharCount = 1024 * 1024,
            },
        };
        var transport = new HttpsTransportBindingElement
        {
            MaxReceivedMessageSize = _options.MaxReceivedMessageSize,
            TransferMode = TransferMode.StreamedResponse,
            AllowCookies = false,
            KeepAliveEnabled = true,
        };
        return new CustomBinding(new Utf8ReplyEncodingBindingElement(encoding, Transactions.CsdMessageSettings.Reader(_options)), transport)
        {
            OpenTimeout = _channelTimeout,
            SendTimeout = _channelTimeout,
            ReceiveTimeout = _channelTimeout,
            CloseTimeout = _channelTimeout,
        };
    }
}
