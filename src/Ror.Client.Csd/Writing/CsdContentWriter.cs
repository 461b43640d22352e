using System.Globalization;
using System.Xml;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd;

/// <summary>
/// Writes the models as ROR CSD 2.4 XML: element order of the XSD sequences, wire names exactly as the XSD spells them,
/// typed values in their canonical, round-trippable lexical form. One instance per output; not thread-safe.
/// </summary>
/// <remarks>
/// Output goes through an <see cref="XmlSink"/>: an <see cref="XmlWriter"/>, or UTF-8 formatted straight into the output
/// buffer for stream output (<see cref="Utf8XmlSink"/>). Values are formatted into a reused character buffer and lists are
/// walked as spans, so that writing an entity allocates nothing.
/// </remarks>
internal sealed partial class CsdContentWriter
{
    private const string Ns = CsdNamespaces.Csd;
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string TimeFormat = "HH:mm:ss.FFFFFFF";

    private readonly XmlSink _out;
    private readonly CsdWriterOptions _options;
    private readonly char[] _chars = new char[64];
    private readonly FormattedDateTime[] _recentDateTimes = [new(), new()];
    private int _nextDateTimeSlot;
    private string? _entity;

    public CsdContentWriter(XmlWriter xml, CsdWriterOptions options)
        : this(new XmlWriterSink(xml), options)
    {
    }

    public CsdContentWriter(XmlSink output, CsdWriterOptions options)
    {
        _out = output;
        _options = options;
    }

    public XmlWriter Xml => _out.Writer;

    /// <summary>Declares the CSD namespace as the default namespace on the element just started, when it is not already.</summary>
    private void DeclareCsdAsDefault() => _out.DeclareDefaultNamespace(Ns);

    private void Start(string name) => _out.StartElement(name);

    private void End() => _out.EndElement();

    private void Text(string name, string? value)
    {
        Start(name);
        _out.Text(value);
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
        _out.Text(value ? "true" : "false");
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
        _out.Ascii(_chars.AsSpan(0, length));
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
        _out.Ascii(_chars.AsSpan(0, length));
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
            _out.Text("NaN");
        }
        else if (double.IsInfinity(value))
        {
            _out.Text(value > 0 ? "INF" : "-INF");
        }
        else
        {
            // "R" round-trips; its exponent form (1E+20) is a valid xs:double.
            value.TryFormat(_chars, out var length, "R", CultureInfo.InvariantCulture);
            _out.Ascii(_chars.AsSpan(0, length));
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
            int length = CanonicalDateFormat.FormatDateTime(value, _chars, omitOffset: true);
            _out.Ascii(_chars.AsSpan(0, length));
            return;
        }

        var slot = _recentDateTimes[0].Length > 0 && _recentDateTimes[0].Value.EqualsExact(value) ? 0
            : _recentDateTimes[1].Length > 0 && _recentDateTimes[1].Value.EqualsExact(value) ? 1
            : -1;
        if (slot < 0)
        {
            slot = _nextDateTimeSlot;
            _nextDateTimeSlot = 1 - slot;
            int length = CanonicalDateFormat.FormatDateTime(value, _recentDateTimes[slot].Chars, omitOffset: false);
            _recentDateTimes[slot].Value = value;
            _recentDateTimes[slot].Length = length;
        }

        _out.Ascii(_recentDateTimes[slot].Chars.AsSpan(0, _recentDateTimes[slot].Length));
    }

    private void Date(string name, DateOnly value)
    {
        Start(name);
        int length = CanonicalDateFormat.FormatDate(value, _chars);
        _out.Ascii(_chars.AsSpan(0, length));
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
            _out.Ascii(_chars.AsSpan(0, length));
            End();
        }
    }

    private void Attribute(string name, string? value)
    {
        if (value is not null)
        {
            _out.Attribute(name, value);
        }
    }

    private void Attribute(string name, long? value)
    {
        if (value is { } v)
        {
            _out.StartAttribute(name);
            v.TryFormat(_chars, out var length, default, CultureInfo.InvariantCulture);
            _out.Ascii(_chars.AsSpan(0, length));
            _out.EndAttribute();
        }
    }

    private void Attribute(string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            _out.StartAttribute(name);
            WriteDateTimeChars(v);
            _out.EndAttribute();
        }
    }

    private void Attribute(string name, bool value) => _out.Attribute(name, value ? "true" : "false");

    private void ExtraAttributes(EquatableList<ExtraAttribute> attributes)
    {
        if (attributes.IsEmpty)
        {
            return;
        }

        _out.RequireXmlWriter();
        foreach (var attribute in attributes.AsSpan())
        {
            if (string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                _out.Attribute(attribute.LocalName, attribute.Value);
            }
            else
            {
                _out.Attribute(attribute.LocalName, attribute.NamespaceUri, attribute.Value);
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

        _out.RequireXmlWriter();
        var settings = new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, settings);
        _out.Node(reader);
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
