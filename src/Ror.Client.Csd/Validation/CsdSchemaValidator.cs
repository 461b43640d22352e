using System.Xml;
using System.Xml.Schema;

namespace Ror.Client.Csd.Validation;

/// <summary>
/// Validates ROR CSD MEV 2.4 documents and messages against the official ANS schema
/// (<c>IHE_ProfilCSD-ExtensionROR_fr-v2.4.xsd</c>, embedded, never downloaded) and the <c>urn:asip:ror:2015</c>
/// elements of the ROR WSDL.
/// </summary>
/// <remarks>
/// <para>Accepted inputs: a <c>csd:CSD</c> document, any ROR message (<c>csd:careServicesRequest</c>,
/// <c>csd:careServicesResponse</c>, <c>ror:TR-Notif-ListeEtablissementsMajApresDate_Demande</c>,
/// <c>ror:TR-Notif-ListeEtablissementMajApresDate_Reponse</c>, <c>ror:erreur</c>) or a SOAP 1.2 envelope, whose
/// <c>Body</c> child is validated (for a SOAP fault, the ROR elements of its <c>Detail</c>). Headers are not
/// validated.</para>
/// <para>Validation streams: no DOM is built, so national-scale files can be checked in constant memory. Input read
/// by the validator itself is parsed with DTDs prohibited and no resolver. A document that is not well-formed, or
/// whose message element is not a ROR CSD element, is reported as an error issue, not thrown.</para>
/// <para>The schema set is loaded and compiled once, on first use, and shared by all threads.</para>
/// </remarks>
public static class CsdSchemaValidator
{
    private static readonly Lazy<XmlSchemaSet> CompiledSchemaSet = new(CreateSchemaSet, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The compiled schema set (CSD 2.4 patched for .NET, <c>xml.xsd</c>, the XForms stub and the ROR WSDL elements),
    /// for advanced uses such as a custom validating <see cref="XmlReader"/>. Do not add or remove schemas: the
    /// instance is shared.
    /// </summary>
    public static XmlSchemaSet SchemaSet => CompiledSchemaSet.Value;

    /// <summary>Validates the XML document read from <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The document bytes.</param>
    /// <param name="options">Validation settings; <see cref="CsdValidationOptions.Default"/> when omitted.</param>
    /// <returns>The validation result.</returns>
    public static CsdValidationResult Validate(Stream stream, CsdValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options = CheckOptions(options);
        var settings = HardenedSettings(options, async: false);
        return Complete(RunOnNewReader(() => XmlReader.Create(stream, settings), options, async: false, CancellationToken.None));
    }

    /// <summary>Validates an XML document given as text.</summary>
    /// <param name="xml">The document text.</param>
    /// <param name="options">Validation settings; <see cref="CsdValidationOptions.Default"/> when omitted.</param>
    /// <returns>The validation result.</returns>
    public static CsdValidationResult Validate(string xml, CsdValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        options = CheckOptions(options);
        var settings = HardenedSettings(options, async: false);
        using var text = new StringReader(xml);
        return Complete(RunOnNewReader(() => XmlReader.Create(text, settings), options, async: false, CancellationToken.None));
    }

    /// <summary>
    /// Validates the document read by <paramref name="reader"/>, from its current position (an initial reader, or one
    /// positioned on the message element). The caller owns the reader and its settings (harden them as needed).
    /// </summary>
    /// <param name="reader">The reader to validate from.</param>
    /// <param name="options">Validation settings; <see cref="CsdValidationOptions.Default"/> when omitted.</param>
    /// <returns>The validation result.</returns>
    public static CsdValidationResult Validate(XmlReader reader, CsdValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        options = CheckOptions(options);
        return Complete(Run(reader, options, async: false, CancellationToken.None));
    }

    /// <summary>Validates the XML document read asynchronously from <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The document bytes.</param>
    /// <param name="options">Validation settings; <see cref="CsdValidationOptions.Default"/> when omitted.</param>
    /// <param name="cancellationToken">Stops the validation.</param>
    /// <returns>The validation result.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<CsdValidationResult> ValidateAsync(
        Stream stream,
        CsdValidationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options = CheckOptions(options);
        var settings = HardenedSettings(options, async: true);
        return await RunOnNewReader(() => XmlReader.Create(stream, settings), options, async: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates the XML document read asynchronously from <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">The document bytes.</param>
    /// <param name="cancellationToken">Stops the validation.</param>
    /// <returns>The validation result.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Task<CsdValidationResult> ValidateAsync(Stream stream, CancellationToken cancellationToken) =>
        ValidateAsync(stream, null, cancellationToken);

    private static XmlSchemaSet CreateSchemaSet()
    {
        var messages = new List<string>();
        var set = CsdSchemaSetFactory.Create(messages);
        if (messages.Count > 0)
        {
            throw new InvalidOperationException(
                "The embedded ROR CSD schemas did not compile cleanly: " + string.Join("; ", messages));
        }

        return set;
    }

    private static CsdValidationOptions CheckOptions(CsdValidationOptions? options)
    {
        options ??= CsdValidationOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIssues, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxCharactersInDocument, nameof(options));
        return options;
    }

    private static XmlReaderSettings HardenedSettings(CsdValidationOptions options, bool async) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = options.MaxCharactersInDocument,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
        Async = async,
    };

    // The synchronous entry points run the same code with async: false, where every awaited operation completes
    // synchronously; this only unwraps the finished task.
    private static CsdValidationResult Complete(Task<CsdValidationResult> run)
    {
        if (!run.IsCompleted)
        {
            throw new InvalidOperationException("Synchronous validation unexpectedly went asynchronous.");
        }

        return run.GetAwaiter().GetResult();
    }

    // Creating a reader already reads the first block of input, which can fail (size limit, bad encoding).
    private static async Task<CsdValidationResult> RunOnNewReader(
        Func<XmlReader> createReader,
        CsdValidationOptions options,
        bool async,
        CancellationToken cancellationToken)
    {
        XmlReader reader;
        try
        {
            reader = createReader();
        }
        catch (XmlException exception)
        {
            return ValidationSession.NotWellFormed(exception);
        }

        using (reader)
        {
            return await Run(reader, options, async, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<CsdValidationResult> Run(XmlReader reader, CsdValidationOptions options, bool async, CancellationToken cancellationToken)
    {
        var session = new ValidationSession(SchemaSet, options, async, cancellationToken);
        await session.RunAsync(reader).ConfigureAwait(false);
        return session.ToResult();
    }
}
