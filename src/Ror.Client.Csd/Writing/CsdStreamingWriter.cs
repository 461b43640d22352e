using System.Xml;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd;

/// <summary>
/// Writes a CSD document entity by entity, in constant memory, for national-scale files: the five directories are
/// written in schema order (empty ones included), each entity is formatted as it arrives and the bytes are handed to the
/// stream in blocks of <see cref="CsdWriterOptions.FlushThresholdBytes"/>.
/// </summary>
/// <remarks>
/// <para>Entities must come in directory order: organizations, services, facilities, providers, devices. Writing the
/// first entity of a directory closes the previous ones; an entity whose directory is already closed throws
/// <see cref="InvalidOperationException"/>.</para>
/// <para><see cref="CompleteAsync"/> (or <see cref="Complete"/>) closes the document; disposing completes it when it was not
/// completed. With <see cref="CsdDocumentRoot.CareServicesResponse"/> the document is wrapped in
/// <c>careServicesResponse/result</c> with the <see cref="CsdWriterOptions.FacilityNumber"/> given up front.</para>
/// <para>If writing an entity fails (a model missing something the schema requires) or handing bytes to the stream fails or
/// is cancelled, the output is left incomplete and the writer refuses further use; disposing it then does not complete
/// the document. Not thread-safe.</para>
/// </remarks>
public sealed class CsdStreamingWriter : IDisposable, IAsyncDisposable
{
    private const int NoDirectory = -1;
    private const int OrganizationDirectory = 0;
    private const int ServiceDirectory = 1;
    private const int FacilityDirectory = 2;
    private const int ProviderDirectory = 3;
    private const int DeviceDirectory = 4;

    private static readonly string[] DirectoryNames = ["organizationDirectory", "serviceDirectory", "facilityDirectory", "providerDirectory", "deviceDirectory"];
    private static readonly string[] EntityNames = ["organization", "service", "facility", "provider", "device"];

    private readonly Stream? _stream;
    private readonly OutputBuffer? _buffer;
    private readonly XmlWriter? _xml;
    private readonly Utf8XmlSink? _utf8;
    private readonly CsdContentWriter _content;
    private readonly CsdWriterOptions _options;
    private int _directory = NoDirectory;
    private bool _completed;
    private bool _faulted;
    private bool _disposed;

    private CsdStreamingWriter(Stream? stream, OutputBuffer? buffer, XmlWriter? xml, Utf8XmlSink? utf8, CsdWriterOptions options)
    {
        _stream = stream;
        _buffer = buffer;
        _xml = xml;
        _utf8 = utf8;
        _options = options;
        _content = utf8 is not null ? new CsdContentWriter(utf8, options) : new CsdContentWriter(xml!, options);
        _content.StartDocumentRoot();
    }

    /// <summary>The number of entities written so far.</summary>
    public long EntityCount { get; private set; }

    /// <summary>Opens a streaming writer on a stream (left open unless <see cref="CsdWriterOptions.CloseOutput"/>).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="options">Output settings (root element, encoding, indentation, flush threshold…).</param>
    /// <returns>The writer; the document root is already started.</returns>
    public static CsdStreamingWriter Create(Stream stream, CsdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options = XmlOutput.Check(options);
        var buffer = XmlOutput.CreateBuffer(options);
        if (XmlOutput.CanFormatUtf8(options))
        {
            var sink = new Utf8XmlSink(buffer, XmlOutput.FragmentSettings(options));
            sink.Declaration(options.Encoding, options.OmitXmlDeclaration);
            return new CsdStreamingWriter(stream, buffer, null, sink, options);
        }

        var xml = XmlWriter.Create(buffer, XmlOutput.Settings(options));
        return new CsdStreamingWriter(stream, buffer, xml, null, options);
    }

    /// <summary>
    /// Opens a streaming writer on an existing XML writer, which stays open and flushes as it sees fit. The asynchronous
    /// methods then write synchronously into it.
    /// </summary>
    /// <param name="writer">The destination.</param>
    /// <param name="options">Settings; only the value options, <see cref="CsdWriterOptions.DocumentRoot"/> and <see cref="CsdWriterOptions.FacilityNumber"/> apply.</param>
    /// <returns>The writer; the document root is already started.</returns>
    public static CsdStreamingWriter Create(XmlWriter writer, CsdWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new CsdStreamingWriter(null, null, writer, null, XmlOutput.Check(options));
    }

    /// <summary>Writes an organization (EJ or EG) into <c>organizationDirectory</c>.</summary>
    /// <param name="organization">The organization.</param>
    public void WriteOrganization(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        WriteEntity(OrganizationDirectory, organization, static (content, entity) => content.Organization(entity));
        AfterEntity();
    }

    /// <summary>Writes an organization (EJ or EG) into <c>organizationDirectory</c>, handing full blocks to the stream asynchronously.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the entity is buffered or written.</returns>
    public ValueTask WriteOrganizationAsync(Organization organization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organization);
        WriteEntity(OrganizationDirectory, organization, static (content, entity) => content.Organization(entity));
        return AfterEntityAsync(cancellationToken);
    }

    /// <summary>Writes a service (activité opérationnelle) into <c>serviceDirectory</c>.</summary>
    /// <param name="service">The service.</param>
    public void WriteService(Service service)
    {
        ArgumentNullException.ThrowIfNull(service);
        WriteEntity(ServiceDirectory, service, static (content, entity) => content.Service(entity));
        AfterEntity();
    }

    /// <summary>Writes a service (activité opérationnelle) into <c>serviceDirectory</c>, handing full blocks to the stream asynchronously.</summary>
    /// <param name="service">The service.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the entity is buffered or written.</returns>
    public ValueTask WriteServiceAsync(Service service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        WriteEntity(ServiceDirectory, service, static (content, entity) => content.Service(entity));
        return AfterEntityAsync(cancellationToken);
    }

    /// <summary>Writes a facility (internal organisation, including UE) into <c>facilityDirectory</c>.</summary>
    /// <param name="facility">The facility.</param>
    public void WriteFacility(Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        WriteEntity(FacilityDirectory, facility, static (content, entity) => content.Facility(entity));
        AfterEntity();
    }

    /// <summary>Writes a facility (internal organisation, including UE) into <c>facilityDirectory</c>, handing full blocks to the stream asynchronously.</summary>
    /// <param name="facility">The facility.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the entity is buffered or written.</returns>
    public ValueTask WriteFacilityAsync(Facility facility, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facility);
        WriteEntity(FacilityDirectory, facility, static (content, entity) => content.Facility(entity));
        return AfterEntityAsync(cancellationToken);
    }

    /// <summary>Writes a provider (professional) into <c>providerDirectory</c>.</summary>
    /// <param name="provider">The provider.</param>
    public void WriteProvider(Provider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        WriteEntity(ProviderDirectory, provider, static (content, entity) => content.Provider(entity));
        AfterEntity();
    }

    /// <summary>Writes a provider (professional) into <c>providerDirectory</c>, handing full blocks to the stream asynchronously.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the entity is buffered or written.</returns>
    public ValueTask WriteProviderAsync(Provider provider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        WriteEntity(ProviderDirectory, provider, static (content, entity) => content.Provider(entity));
        return AfterEntityAsync(cancellationToken);
    }

    /// <summary>Writes a device (specific equipment) into <c>deviceDirectory</c>.</summary>
    /// <param name="device">The device.</param>
    public void WriteDevice(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        WriteEntity(DeviceDirectory, device, static (content, entity) => content.Device(entity));
        AfterEntity();
    }

    /// <summary>Writes a device (specific equipment) into <c>deviceDirectory</c>, handing full blocks to the stream asynchronously.</summary>
    /// <param name="device">The device.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the entity is buffered or written.</returns>
    public ValueTask WriteDeviceAsync(Device device, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        WriteEntity(DeviceDirectory, device, static (content, entity) => content.Device(entity));
        return AfterEntityAsync(cancellationToken);
    }

    /// <summary>
    /// Writes a directory entity of any of the five kinds into its directory: what
    /// <see cref="CsdReader.ReadEntitiesAsync(Stream, CsdReaderOptions?, CancellationToken)"/> yields can be written back as it
    /// comes (directories in document order, as for the typed methods).
    /// </summary>
    /// <param name="entity">An <see cref="Organization"/>, <see cref="Service"/>, <see cref="Facility"/>, <see cref="Provider"/> or <see cref="Device"/>.</param>
    /// <exception cref="ArgumentException">The entity is of another type.</exception>
    public void WriteEntity(CsdEntity entity)
    {
        switch (entity)
        {
            case Organization organization:
                WriteOrganization(organization);
                break;
            case Service service:
                WriteService(service);
                break;
            case Facility facility:
                WriteFacility(facility);
                break;
            case Provider provider:
                WriteProvider(provider);
                break;
            case Device device:
                WriteDevice(device);
                break;
            default:
                throw UnknownEntity(entity);
        }
    }

    /// <summary>Writes a directory entity of any of the five kinds into its directory, handing full blocks to the stream asynchronously.</summary>
    /// <param name="entity">An <see cref="Organization"/>, <see cref="Service"/>, <see cref="Facility"/>, <see cref="Provider"/> or <see cref="Device"/>.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the entity is buffered or written.</returns>
    /// <exception cref="ArgumentException">The entity is of another type.</exception>
    public ValueTask WriteEntityAsync(CsdEntity entity, CancellationToken cancellationToken = default) => entity switch
    {
        Organization organization => WriteOrganizationAsync(organization, cancellationToken),
        Service service => WriteServiceAsync(service, cancellationToken),
        Facility facility => WriteFacilityAsync(facility, cancellationToken),
        Provider provider => WriteProviderAsync(provider, cancellationToken),
        Device device => WriteDeviceAsync(device, cancellationToken),
        _ => throw UnknownEntity(entity),
    };

    /// <summary>Closes the remaining directories (writing empty ones) and the document, and flushes everything to the stream.</summary>
    /// <exception cref="InvalidOperationException">The writer failed earlier, or is disposed.</exception>
    public void Complete()
    {
        if (CompleteXml())
        {
            if (_buffer is not null && _stream is not null)
            {
                _buffer.DrainTo(_stream);
                _stream.Flush();
            }
        }
    }

    /// <summary>Closes the remaining directories (writing empty ones) and the document, and flushes everything to the stream.</summary>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the document is complete and flushed.</returns>
    /// <exception cref="InvalidOperationException">The writer failed earlier, or is disposed.</exception>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (CompleteXml())
        {
            if (_buffer is not null && _stream is not null)
            {
                await DrainAsync(_buffer, _stream, cancellationToken).ConfigureAwait(false);
                await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Completes the document if needed (unless the writer failed) and releases the writer.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        if (!_completed && !_faulted)
        {
            Complete();
        }

        Release();
    }

    /// <summary>Completes the document if needed (unless the writer failed) and releases the writer.</summary>
    /// <returns>A task that completes when the writer is released.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        if (!_completed && !_faulted)
        {
            await CompleteAsync().ConfigureAwait(false);
        }

        Release();
    }

    private static Exception UnknownEntity(CsdEntity? entity) => entity is null
        ? new ArgumentNullException(nameof(entity))
        : new ArgumentException($"'{entity.GetType().Name}' is not an entity of a CSD directory.", nameof(entity));

    private void Release()
    {
        _disposed = true;
        if (_buffer is not null)
        {
            _xml?.Dispose();
            _buffer.Dispose();
            if (_options.CloseOutput)
            {
                _stream?.Dispose();
            }
        }
    }

    /// <summary>Writes the end of the document into the XML writer; false when it was already complete.</summary>
    private bool CompleteXml()
    {
        EnsureUsable();
        if (_completed)
        {
            return false;
        }

        try
        {
            MoveTo(DeviceDirectory, "the end of the document");
            _content.EndDirectory();
            _content.EndDocumentRoot();
            _completed = true;
            _xml?.Flush();
            return true;
        }
        catch
        {
            _faulted = true;
            throw;
        }
    }

    private void WriteEntity<T>(int directory, T entity, Action<CsdContentWriter, T> write)
    {
        EnsureUsable();
        if (_completed)
        {
            throw new InvalidOperationException($"Cannot write a {EntityNames[directory]}: the document is already complete.");
        }

        MoveTo(directory, $"a {EntityNames[directory]}");
        int mark = _buffer?.BufferedBytes ?? 0;
        var state = _utf8?.State ?? default;
        try
        {
            write(_content, entity);
        }
        catch (XmlWriterRequiredException) when (_utf8 is not null)
        {
            // Extra attributes or raw fragments: the entity is written again through an XmlWriter.
            _buffer!.Truncate(mark);
            _utf8.Restore(state);
            try
            {
                WriteThroughXmlWriter(_utf8, directory, entity, write);
            }
            catch
            {
                _faulted = true;
                throw;
            }
        }
        catch
        {
            _faulted = true;
            throw;
        }

        EntityCount++;
    }

    /// <summary>
    /// Writes one entity with an <see cref="XmlWriter"/> placed in the same elements (document root and directory), so that
    /// namespace prefixes and escaping are exactly those of a document written through an <see cref="XmlWriter"/>, and
    /// appends its bytes to the output.
    /// </summary>
    private void WriteThroughXmlWriter<T>(Utf8XmlSink sink, int directory, T entity, Action<CsdContentWriter, T> write)
    {
        using var scratch = new MemoryStream();
        using var xml = XmlWriter.Create(scratch, XmlOutput.FragmentSettings(_options));
        var content = new CsdContentWriter(xml, _options);
        content.StartDocumentRoot();
        content.StartDirectory(DirectoryNames[directory]);
        xml.Flush();
        int start = (int)scratch.Length;
        write(content, entity);
        xml.Flush();
        var written = scratch.GetBuffer().AsSpan(start, (int)scratch.Length - start);

        // The directory's start tag was left open: the entity's bytes start with its closing '>'.
        if (written.IsEmpty || written[0] != (byte)'>')
        {
            throw new InvalidOperationException("Unexpected XmlWriter output while writing an entity.");
        }

        sink.AppendContent(written[1..]);
    }

    private void MoveTo(int directory, string what)
    {
        if (directory < _directory)
        {
            throw new InvalidOperationException(
                $"Cannot write {what}: {DirectoryNames[directory]} was closed when the first {EntityNames[_directory]} was written. " +
                "Write entities in directory order: organizations, services, facilities, providers, devices.");
        }

        while (_directory < directory)
        {
            if (_directory != NoDirectory)
            {
                _content.EndDirectory();
            }

            _directory++;
            _content.StartDirectory(DirectoryNames[_directory]);
        }
    }

    private void AfterEntity()
    {
        if (_buffer is null || _stream is null)
        {
            return;
        }

        // The XML writer hands its own small buffer over to ours whenever it fills, so no flush is needed per entity.
        if (_buffer.BufferedBytes >= _options.FlushThresholdBytes)
        {
            try
            {
                _buffer.DrainTo(_stream);
            }
            catch
            {
                _faulted = true;
                throw;
            }
        }
    }

    private ValueTask AfterEntityAsync(CancellationToken cancellationToken)
    {
        if (_buffer is null || _stream is null)
        {
            return ValueTask.CompletedTask;
        }

        return _buffer.BufferedBytes >= _options.FlushThresholdBytes
            ? DrainAsync(_buffer, _stream, cancellationToken)
            : ValueTask.CompletedTask;
    }

    // A failed or cancelled hand-over loses bytes: the output can no longer be completed.
    private async ValueTask DrainAsync(OutputBuffer buffer, Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            await buffer.DrainToAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _faulted = true;
            throw;
        }
    }

    private void EnsureUsable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_faulted)
        {
            throw new InvalidOperationException("The streaming writer failed earlier; its output is incomplete and it cannot be used any more.");
        }
    }
}
