using System.Xml;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Reading;

/// <summary>
/// Reads the model types from an <see cref="XmlReader"/>, by hand: one method per type (see
/// <c>CsdModelParser.Types.cs</c>), plus the few choices that the wire-name markers cannot express,
/// below. Tolerant by design: see <see cref="CsdDeviationKind"/> for what it accepts and reports.
/// </summary>
internal sealed partial class CsdModelParser
{
    private readonly CsdXmlContext c;
    private readonly XmlReader _reader;

    public CsdModelParser(CsdXmlContext context)
    {
        c = context;
        _reader = context.Reader;
    }

    public CsdXmlContext Context => c;

    /// <summary>
    /// Reads a directory entity when the current element is one (<c>organization</c>, <c>service</c>,
    /// <c>facility</c>, <c>provider</c>, <c>device</c>, in the CSD namespace); otherwise returns
    /// <see langword="null"/> without moving.
    /// </summary>
    public CsdEntity? ParseEntity()
    {
        if (!c.InCsd)
        {
            return null;
        }

        var name = _reader.LocalName;
        if (c.Is(name, CsdNames.Facility))
        {
            return ParseFacility();
        }

        if (c.Is(name, CsdNames.Organization))
        {
            return ParseOrganization();
        }

        if (c.Is(name, CsdNames.Service))
        {
            return ParseService();
        }

        if (c.Is(name, CsdNames.Provider))
        {
            return ParseProvider();
        }

        if (c.Is(name, CsdNames.Device))
        {
            return ParseDevice();
        }

        return null;
    }

    /// <summary>
    /// Reads a native CSD <c>contact</c> (a choice of <c>provider</c> or <c>person</c>); returns
    /// <see langword="null"/>, reported, when it holds neither.
    /// </summary>
    internal NativeContact? ParseNativeContact()
    {
        var r = _reader;
        c.NoAttributesExpected();
        NativeContact? result = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var name = r.LocalName;
                if (c.InCsd && c.Is(name, CsdNames.Provider))
                {
                    if (result is not null)
                    {
                        c.Duplicate();
                    }

                    result = new NativeProviderContact { Provider = ParseEntityReference() };
                }
                else if (c.InCsd && c.Is(name, CsdNames.Person))
                {
                    if (result is not null)
                    {
                        c.Duplicate();
                    }

                    result = new NativePersonContact { Person = ParsePerson() };
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (result is null)
        {
            c.Missing("provider | person", depth);
        }

        return result;
    }

    /// <summary>
    /// Reads <c>careServicesRequest/function</c>: the fixed <c>urn</c> and <c>encapsulated</c>
    /// attributes and the choice of the two ROR read transactions.
    /// </summary>
    internal CareServicesFunctionCall ParseCareServicesFunctionCall()
    {
        var r = _reader;
        string? urn = null;
        bool? encapsulated = null;
        if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                if (c.IsPlainAttribute && c.Is(name, CsdNames.Urn))
                {
                    urn = c.AttributeValue();
                }
                else if (c.IsPlainAttribute && c.Is(name, CsdNames.Encapsulated))
                {
                    encapsulated = c.ParseBoolean(c.AttributeValue());
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (urn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        if (encapsulated is null)
        {
            c.MissingAttribute(CsdNames.Encapsulated);
        }

        CareServicesFunctionCall? result = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var name = r.LocalName;
                if (c.InCsd && c.Is(name, CsdNames.TR_Lecture_OffresSanteEtablissement))
                {
                    if (result is not null)
                    {
                        c.Duplicate();
                    }

                    result = new EstablishmentOfferReadFunction { Parameters = ParseEstablishmentOfferReadParameters() };
                }
                else if (c.InCsd && c.Is(name, CsdNames.TR_Lecture_OffreSanteOrganisationInterne))
                {
                    if (result is not null)
                    {
                        c.Duplicate();
                    }

                    result = new InternalOrganizationOfferReadFunction { Parameters = ParseInternalOrganizationOfferReadParameters() };
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (result is null)
        {
            throw c.MissingContent(CsdNames.TR_Lecture_OffresSanteEtablissement + " | " + CsdNames.TR_Lecture_OffreSanteOrganisationInterne);
        }

        if (urn is not null)
        {
            result = result with { Urn = urn };
        }

        if (encapsulated is { } value)
        {
            result = result with { Encapsulated = value };
        }

        return result;
    }
}
