using System.Globalization;
using System.Xml;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd;

/// <summary>
/// Writes the models as ROR CSD 2.4 XML: element order of the XSD sequences, wire names exactly as the XSD spells them,
/// typed values in their canonical, round-trippable lexical form. One instance per output; not thread-safe.
/// </summary>
/// <remarks>
/// Values are formatted into a reused character buffer and handed to <see cref="XmlWriter.WriteChars"/>, and lists are
/// walked as spans, so that writing an entity allocates nothing beyond what the <see cref="XmlWriter"/> needs.
/// </remarks>
internal sealed partial class CsdContentWriter
{
    private const string Ns = CsdNamespaces.Csd;
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string DateTimeFormat = "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz";
    private const string LocalDateTimeFormat = "yyyy-MM-ddTHH:mm:ss.FFFFFFF";
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "HH:mm:ss.FFFFFFF";

    private readonly XmlWriter _xml;
    private readonly CsdWriterOptions _options;
    private readonly char[] _chars = new char[64];
    private readonly FormattedDateTime[] _recentDateTimes = [new(), new()];
    private int _nextDateTimeSlot;
    private string? _entity;

    public CsdContentWriter(XmlWriter xml, CsdWriterOptions options)
    {
        _xml = xml;
        _options = options;
    }

    public XmlWriter Xml => _xml;

    /// <summary>Declares the CSD namespace as the default namespace on the element just started, when it is not already.</summary>
    private void DeclareCsdAsDefault()
    {
        if (_xml.LookupPrefix(Ns) != string.Empty)
        {
            _xml.WriteAttributeString("xmlns", XmlnsNamespace, Ns);
        }
    }

    private void Start(string name) => _xml.WriteStartElement(name, Ns);

    private void End() => _xml.WriteEndElement();

    private void Text(string name, string? value)
    {
        Start(name);
        _xml.WriteString(value);
        End();
    }

    private void OptionalText(string name, string? value)
    {
        if (value is not null)
        {
            Text(name, value);
        }
    }

    private void TextList(string name, EquatableList<string> values)
    {
        foreach (var value in values.AsSpan())
        {
            Text(name, value);
        }
    }

    private void Boolean(string name, bool value)
    {
        Start(name);
        _xml.WriteString(value ? "true" : "false");
        End();
    }

    private void OptionalBoolean(string name, bool? value)
    {
        if (value is { } v)
        {
            Boolean(name, v);
        }
    }

    private void Integer(string name, long value)
    {
        Start(name);
        value.TryFormat(_chars, out var length, default, CultureInfo.InvariantCulture);
        _xml.WriteChars(_chars, 0, length);
        End();
    }

    private void OptionalInteger(string name, int? value)
    {
        if (value is { } v)
        {
            Integer(name, v);
        }
    }

    private void Decimal(string name, decimal value)
    {
        Start(name);
        value.TryFormat(_chars, out var length, default, CultureInfo.InvariantCulture);
        _xml.WriteChars(_chars, 0, length);
        End();
    }

    private void OptionalDecimal(string name, decimal? value)
    {
        if (value is { } v)
        {
            Decimal(name, v);
        }
    }

    private void Double(string name, double value)
    {
        Start(name);
        if (double.IsNaN(value))
        {
            _xml.WriteString("NaN");
        }
        else if (double.IsInfinity(value))
        {
            _xml.WriteString(value > 0 ? "INF" : "-INF");
        }
        else
        {
            // "R" round-trips; its exponent form (1E+20) is a valid xs:double.
            value.TryFormat(_chars, out var length, "R", CultureInfo.InvariantCulture);
            _xml.WriteChars(_chars, 0, length);
        }

        End();
    }

    private void DateTime(string name, DateTimeOffset value, bool omitOffset = false)
    {
        Start(name);
        WriteDateTimeChars(value, omitOffset);
        End();
    }

    private void OptionalDateTime(string name, DateTimeOffset? value, bool omitOffset = false)
    {
        if (value is { } v)
        {
            DateTime(name, v, omitOffset);
        }
    }

    // Records repeat the same few timestamps (created, updated) over and over: the last two formatted values are kept.
    private void WriteDateTimeChars(DateTimeOffset value, bool omitOffset = false)
    {
        if (omitOffset)
        {
            value.TryFormat(_chars, out var length, LocalDateTimeFormat, CultureInfo.InvariantCulture);
            _xml.WriteChars(_chars, 0, length);
            return;
        }

        var slot = _recentDateTimes[0].Length > 0 && _recentDateTimes[0].Value.EqualsExact(value) ? 0
            : _recentDateTimes[1].Length > 0 && _recentDateTimes[1].Value.EqualsExact(value) ? 1
            : -1;
        if (slot < 0)
        {
            slot = _nextDateTimeSlot;
            _nextDateTimeSlot = 1 - slot;
            value.TryFormat(_recentDateTimes[slot].Chars, out var length, DateTimeFormat, CultureInfo.InvariantCulture);
            _recentDateTimes[slot].Value = value;
            _recentDateTimes[slot].Length = length;
        }

        _xml.WriteChars(_recentDateTimes[slot].Chars, 0, _recentDateTimes[slot].Length);
    }

    private void Date(string name, DateOnly value)
    {
        Start(name);
        value.TryFormat(_chars, out var length, DateFormat, CultureInfo.InvariantCulture);
        _xml.WriteChars(_chars, 0, length);
        End();
    }

    private void OptionalDate(string name, DateOnly? value)
    {
        if (value is { } v)
        {
            Date(name, v);
        }
    }

    private void OptionalTime(string name, TimeOnly? value)
    {
        if (value is { } v)
        {
            Start(name);
            v.TryFormat(_chars, out var length, TimeFormat, CultureInfo.InvariantCulture);
            _xml.WriteChars(_chars, 0, length);
            End();
        }
    }

    private void Attribute(string name, string? value)
    {
        if (value is not null)
        {
            _xml.WriteAttributeString(name, value);
        }
    }

    private void Attribute(string name, long? value)
    {
        if (value is { } v)
        {
            _xml.WriteStartAttribute(name);
            v.TryFormat(_chars, out var length, default, CultureInfo.InvariantCulture);
            _xml.WriteChars(_chars, 0, length);
            _xml.WriteEndAttribute();
        }
    }

    private void Attribute(string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            _xml.WriteStartAttribute(name);
            WriteDateTimeChars(v);
            _xml.WriteEndAttribute();
        }
    }

    private void Attribute(string name, bool value) => _xml.WriteAttributeString(name, value ? "true" : "false");

    private void ExtraAttributes(EquatableList<ExtraAttribute> attributes)
    {
        foreach (var attribute in attributes.AsSpan())
        {
            if (string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                _xml.WriteAttributeString(attribute.LocalName, attribute.Value);
            }
            else
            {
                _xml.WriteAttributeString(attribute.LocalName, attribute.NamespaceUri, attribute.Value);
            }
        }
    }

    /// <summary>Copies a raw XML fragment held by a model (content the schema lets through unchecked).</summary>
    private void Fragment(string? xml)
    {
        if (string.IsNullOrEmpty(xml))
        {
            return;
        }

        var settings = new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, settings);
        _xml.WriteNode(reader, defattr: true);
    }

    private T Required<T>(T? value, string what)
        where T : class =>
        value ?? throw new ArgumentException(
            $"Cannot write {What()}: {what} is required by the schema but is null.");

    private void RequireItems<T>(EquatableList<T> list, string what)
    {
        if (list.IsEmpty)
        {
            throw new ArgumentException($"Cannot write {What()}: the schema requires at least one {what}, the list is empty.");
        }
    }

    private string What() => _entity is null ? "the document" : $"entity '{_entity}'";

    private sealed class FormattedDateTime
    {
        public DateTimeOffset Value { get; set; }

        public char[] Chars { get; } = new char[40];

        public int Length { get; set; }
    }
}
