using System.Globalization;
using System.Xml;
using Ror.Client.Csd;
using Ror.Client.Csd.Models;

namespace Ror.Client.Testing.Transactions;

/// <summary>
/// Reads the parameters of a ROR SOAP request from its Body child, wherever they sit
/// (<c>csd:params</c>, <c>csd:etablissementDemandeLecture</c>, <c>csd:TR_Lecture-OffreSanteOrganisationInterne</c>).
/// Elements are recognised by local name in the CSD namespace; unknown ones are skipped.
/// </summary>
/// <remarks>A <c>dateRef</c> without offset is Europe/Paris local time, as the ROR sends it.</remarks>
internal static class TransactionParametersReader
{
    private const string CsdNamespace = "urn:ihe:iti:csd:2013";

    private static readonly TimeZoneInfo Paris = FindParis();

    /// <exception cref="FormatException">A parameter has an invalid value (the message names it).</exception>
    public static TransactionParameters Read(XmlReader body)
    {
        OtherId? identifier = null;
        DateTimeOffset? referenceDate = null;
        bool? restricted = null;
        var activities = new List<CodedType>();
        var patients = new List<CodedType>();

        var depth = body.Depth;
        var empty = body.IsEmptyElement;
        body.Read();
        while (!empty && !body.EOF && body.Depth > depth)
        {
            if (body.NodeType != XmlNodeType.Element || body.NamespaceURI != CsdNamespace)
            {
                body.Read();
                continue;
            }

            switch (body.LocalName)
            {
                case "id_etablissement":
                case "organisationID":
                    identifier = new OtherId
                    {
                        Code = body.GetAttribute("code") ?? throw new FormatException($"{body.LocalName} has no code attribute."),
                        AssigningAuthorityName = body.GetAttribute("assigningAuthorityName") ?? string.Empty,
                    };
                    break;
                case "typeActivity":
                    activities.Add(Coded(body));
                    break;
                case "supportedPatient":
                    patients.Add(Coded(body));
                    break;
                case "dateRef":
                    // ReadElementContentAsString moves past the element: no Read below.
                    referenceDate = ParseDate(body.ReadElementContentAsString());
                    continue;
                case "restrictedOrganisation":
                    restricted = ParseBoolean(body.ReadElementContentAsString());
                    continue;
            }

            body.Read();
        }

        return new TransactionParameters
        {
            Identifier = identifier,
            ReferenceDate = referenceDate,
            ActivityTypes = [.. activities],
            SupportedPatients = [.. patients],
            RestrictedOrganization = restricted,
        };
    }

    /// <summary>Parses an <c>xs:dateTime</c>; without offset, the time is Europe/Paris local time.</summary>
    internal static DateTimeOffset ParseDate(string text)
    {
        var value = text.Trim();
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            || !value.Contains('T', StringComparison.Ordinal))
        {
            throw new FormatException($"dateRef '{value}' is not an xs:dateTime (e.g. 2025-01-06T00:00:00).");
        }

        return parsed.Kind switch
        {
            DateTimeKind.Utc => new DateTimeOffset(parsed, TimeSpan.Zero),
            DateTimeKind.Local => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture),
            _ => new DateTimeOffset(parsed, Paris.GetUtcOffset(parsed)),
        };
    }

    private static bool ParseBoolean(string text) => text.Trim() switch
    {
        "1" or "true" => true,
        "0" or "false" => false,
        var other => throw new FormatException($"restrictedOrganisation '{other}' is not an xs:boolean (0, 1, true or false)."),
    };

    private static CodedType Coded(XmlReader reader) => new()
    {
        Code = reader.GetAttribute("code") ?? string.Empty,
        CodingScheme = reader.GetAttribute("codingScheme") ?? string.Empty,
    };

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            // Without time-zone data: central European standard time (no daylight saving).
            return TimeZoneInfo.CreateCustomTimeZone("Europe/Paris", TimeSpan.FromHours(1), "Europe/Paris", "Europe/Paris");
        }
    }
}
