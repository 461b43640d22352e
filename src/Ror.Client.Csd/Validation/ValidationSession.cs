using System.Xml;
using System.Xml.Schema;

namespace Ror.Client.Csd.Validation;

/// <summary>
/// One validation run: finds the message element (unwrapping a SOAP 1.2 envelope), validates it with a streaming
/// validating reader and collects the issues.
/// </summary>
internal sealed class ValidationSession
{
    private const string SoapEnvelope = "Envelope";
    private const string SoapBody = "Body";
    private const string SoapFault = "Fault";
    private const string SoapDetail = "Detail";

    private readonly XmlSchemaSet _schemaSet;
    private readonly CsdValidationOptions _options;
    private readonly bool _async;
    private readonly CancellationToken _cancellationToken;
    private readonly List<CsdValidationIssue> _issues = [];
    private readonly ElementPathTracker _path = new();
    private int _pendingPaths = -1;
    private XmlQualifiedName? _messageElement;
    private bool _truncated;

    public ValidationSession(XmlSchemaSet schemaSet, CsdValidationOptions options, bool async, CancellationToken cancellationToken)
    {
        _schemaSet = schemaSet;
        _options = options;
        _async = async;
        _cancellationToken = cancellationToken;
    }

    public CsdValidationResult ToResult() => new()
    {
        Issues = [.. _issues],
        MessageElement = _messageElement,
        IsTruncated = _truncated,
    };

    public static CsdValidationResult NotWellFormed(XmlException exception) => new()
    {
        Issues = [NotWellFormedIssue(exception, null)],
    };

    public async Task RunAsync(XmlReader reader)
    {
        try
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var node = _async ? await reader.MoveToContentAsync().ConfigureAwait(false) : reader.MoveToContent();
            if (node != XmlNodeType.Element)
            {
                AddError("The document has no root element.", reader);
                return;
            }

            if (IsSoap(reader, SoapEnvelope))
            {
                await ValidateEnvelopeAsync(reader).ConfigureAwait(false);
            }
            else
            {
                await ValidateMessageAsync(reader).ConfigureAwait(false);
            }
        }
        catch (XmlException exception)
        {
            if (_issues.Count < _options.MaxIssues)
            {
                _issues.Add(NotWellFormedIssue(exception, _path.Describe(null)));
            }
        }
    }

    private static CsdValidationIssue NotWellFormedIssue(XmlException exception, string? path) => new(
        CsdValidationSeverity.Error,
        "The document is not well-formed XML: " + exception.Message,
        exception.LineNumber,
        exception.LinePosition,
        path);

    private async Task ValidateEnvelopeAsync(XmlReader reader)
    {
        if (!await MoveToFirstChildElementAsync(reader).ConfigureAwait(false))
        {
            AddError("The SOAP envelope has no Body.", reader);
            return;
        }

        while (!IsSoap(reader, SoapBody))
        {
            if (!await MoveToNextSiblingElementAsync(reader).ConfigureAwait(false))
            {
                AddError("The SOAP envelope has no Body.", reader);
                return;
            }
        }

        if (!await MoveToFirstChildElementAsync(reader).ConfigureAwait(false))
        {
            AddError("The SOAP Body is empty: it must hold one ROR message element.", reader);
            return;
        }

        if (IsSoap(reader, SoapFault))
        {
            await ValidateFaultAsync(reader).ConfigureAwait(false);
            return;
        }

        if (!await ValidateMessageAsync(reader).ConfigureAwait(false))
        {
            return;
        }

        // The reader is on the end of the message element (or on it, when empty).
        if (await MoveToNextSiblingElementAsync(reader).ConfigureAwait(false))
        {
            AddError(
                $"The SOAP Body holds more than one element: '{reader.LocalName}' follows the message element.",
                reader);
        }
    }

    private async Task ValidateFaultAsync(XmlReader reader)
    {
        var validated = 0;
        if (await MoveToFirstChildElementAsync(reader).ConfigureAwait(false))
        {
            do
            {
                if (!IsSoap(reader, SoapDetail))
                {
                    continue;
                }

                if (await MoveToFirstChildElementAsync(reader).ConfigureAwait(false))
                {
                    do
                    {
                        if (IsRorNamespace(reader.NamespaceURI))
                        {
                            validated++;
                            if (!await ValidateMessageAsync(reader).ConfigureAwait(false))
                            {
                                return;
                            }
                        }
                    }
                    while (await MoveToNextSiblingElementAsync(reader).ConfigureAwait(false));
                }

                break;
            }
            while (await MoveToNextSiblingElementAsync(reader).ConfigureAwait(false));
        }

        if (validated == 0)
        {
            AddError("The SOAP Body holds a Fault without a ror:erreur detail entry: there is no ROR message to validate.", reader);
        }
    }

    /// <summary>Validates the element the reader is on. Returns false when validation must stop.</summary>
    private async Task<bool> ValidateMessageAsync(XmlReader reader)
    {
        var name = new XmlQualifiedName(reader.LocalName, reader.NamespaceURI);
        _messageElement ??= name;
        if (!IsRorNamespace(name.Namespace) || !_schemaSet.GlobalElements.Contains(name))
        {
            AddError(
                $"The element '{name.Name}' of namespace '{name.Namespace}' is not a ROR CSD message: expected csd:CSD, " +
                "csd:careServicesRequest, csd:careServicesResponse, ror:TR-Notif-ListeEtablissementsMajApresDate_Demande, " +
                "ror:TR-Notif-ListeEtablissementMajApresDate_Reponse, ror:erreur or a SOAP 1.2 envelope holding one of them.",
                reader);
            return false;
        }

        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = _schemaSet,
            ValidationFlags = _options.IncludeWarnings ? XmlSchemaValidationFlags.ReportValidationWarnings : XmlSchemaValidationFlags.None,
            XmlResolver = null,
            DtdProcessing = DtdProcessing.Prohibit,
            Async = _async,
        };
        settings.ValidationEventHandler += OnValidationEvent;

        // Not disposed when validation stops early: disposing a subtree reader reads through the rest of the element.
        var subtree = reader.ReadSubtree();
        var validating = XmlReader.Create(subtree, settings);
        while (_async ? await validating.ReadAsync().ConfigureAwait(false) : validating.Read())
        {
            _cancellationToken.ThrowIfCancellationRequested();
            CompletePendingPaths(validating);
            if (_truncated)
            {
                return false;
            }

            _path.OnNode(validating);
        }

        CompletePendingPaths(null);
        validating.Dispose();
        subtree.Dispose();
        return !_truncated;
    }

    // Validation events fire while the reader moves to a node (possibly while it visits the node's attributes), so the
    // path is filled in once the move is complete and the reader is on that node.
    private void OnValidationEvent(object? sender, ValidationEventArgs e)
    {
        var severity = e.Severity == XmlSeverityType.Error ? CsdValidationSeverity.Error : CsdValidationSeverity.Warning;
        var count = _issues.Count;
        AddIssue(severity, e.Message, e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0, null);
        if (_issues.Count > count && _pendingPaths < 0)
        {
            _pendingPaths = count;
        }
    }

    private void CompletePendingPaths(XmlReader? reader)
    {
        if (_pendingPaths < 0)
        {
            return;
        }

        var path = _path.Describe(reader);
        for (var i = _pendingPaths; i < _issues.Count; i++)
        {
            _issues[i] = _issues[i] with { ElementPath = path };
        }

        _pendingPaths = -1;
    }

    private void AddError(string message, XmlReader reader)
    {
        var lineInfo = reader as IXmlLineInfo;
        AddIssue(CsdValidationSeverity.Error, message, lineInfo?.LineNumber ?? 0, lineInfo?.LinePosition ?? 0, null);
    }

    private void AddIssue(CsdValidationSeverity severity, string message, int line, int position, string? path)
    {
        if (_issues.Count >= _options.MaxIssues)
        {
            _truncated = true;
            return;
        }

        _issues.Add(new CsdValidationIssue(severity, message, line, position, path));
    }

    private async Task<bool> MoveToFirstChildElementAsync(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return false;
        }

        while (_async ? await reader.ReadAsync().ConfigureAwait(false) : reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    return false;
            }
        }

        return false;
    }

    /// <summary>From an element (or the end of one), moves to the next sibling element; false at the parent's end.</summary>
    private async Task<bool> MoveToNextSiblingElementAsync(XmlReader reader)
    {
        if (reader.NodeType == XmlNodeType.Element)
        {
            if (_async)
            {
                await reader.SkipAsync().ConfigureAwait(false);
            }
            else
            {
                reader.Skip();
            }
        }
        else if (!(_async ? await reader.ReadAsync().ConfigureAwait(false) : reader.Read()))
        {
            return false;
        }

        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                case XmlNodeType.None:
                    return false;
            }

            if (!(_async ? await reader.ReadAsync().ConfigureAwait(false) : reader.Read()))
            {
                return false;
            }
        }
    }

    private static bool IsSoap(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element
        && reader.LocalName == localName
        && reader.NamespaceURI == CsdNamespaces.Soap12;

    private static bool IsRorNamespace(string ns) => ns is CsdNamespaces.Csd or CsdNamespaces.Ror;
}
