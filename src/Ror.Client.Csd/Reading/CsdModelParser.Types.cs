using System.Xml;
using Ror.Client.Csd.Models;

namespace Ror.Client.Csd.Reading;

// One parse method per model type, following the wire-name markers of the models
// (Ror.Client.Csd.Serialization): elements in any order, unknown elements and attributes skipped and
// reported, corrected-spelling aliases accepted and reported, missing mandatory items reported and
// replaced by the neutral values of CsdModelParser.Neutral. Each method is called on the start tag of
// its element and returns with the reader after its end tag.
//
// This file is written from the models by tests/Ror.Client.Csd.Tests/Reading/CsdModelParserSource.cs;
// CsdModelParserSourceTests fails when a model changes, and rewrites it when run with ROR_CSD_WRITE_PARSER=1.
internal sealed partial class CsdModelParser
{
    /// <summary>Reads a <see cref="AccommodationCapacity"/>.</summary>
    internal AccommodationCapacity ParseAccommodationCapacity()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        BedCapacity? eBeds = null;
        PlaceCapacity? ePlaces = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 4:
                                if (bytes.SequenceEqual("beds"u8))
                                {
                                    c.Enter(CsdNames.Beds);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 5:
                                if (bytes.SequenceEqual("space"u8))
                                {
                                    c.Enter(CsdNames.Space);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Beds)))
                {
                    if (eBeds is not null)
                    {
                        c.Duplicate();
                    }

                    eBeds = ParseBedCapacity();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Space)))
                {
                    if (ePlaces is not null)
                    {
                        c.Duplicate();
                    }

                    ePlaces = ParsePlaceCapacity();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new AccommodationCapacity
        {
            Beds = eBeds,
            Places = ePlaces,
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Address"/>.</summary>
    internal Address ParseAddress()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aLanguage = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 8:
                        if (bytes.SequenceEqual("language"u8))
                        {
                            aLanguage = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Language))
                        {
                            aLanguage = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Language))
                {
                    aLanguage = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        var eLines = default(ListBuilder<AddressLine>);
        var eExtensions = default(ListBuilder<AddressExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 9:
                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("addressLine"u8))
                                {
                                    c.Enter(CsdNames.AddressLine);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.AddressLine)))
                {
                    eLines.Add(ParseAddressLine());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseAddressExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new Address
        {
            Type = aType,
            Language = aLanguage,
            Lines = eLines.Build(),
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="AddressExtension"/>.</summary>
    internal AddressExtension ParseAddressExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        Metadata? eRecord = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new AddressExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            Record = eRecord ?? Neutral.Metadata,
            LocalElement = localElement,
            Type = aType ?? Neutral.AddressExtension.Type,
            Urn = aUrn ?? Neutral.AddressExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="AddressLine"/>.</summary>
    internal AddressLine ParseAddressLine()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aInHouseMail = null;
        string? aRoom = null;
        string? aFloor = null;
        string? aStair = null;
        string? aBuildingName = null;
        string? aBuildingNumber = null;
        string? aBlockName = null;
        string? aStreetPrefix = null;
        string? aStreetType = null;
        string? aStreetSuffix = null;
        string? aStreetName = null;
        string? aPlotIdentification = null;
        string? aPostOfficeBox = null;
        string? aPostCode = null;
        string? aCityName = null;
        string? aCitySubDivisionName = null;
        string? aCountrySubDivisionName = null;
        string? aLineOne = null;
        string? aLineTwo = null;
        string? aLineThree = null;
        string? aLineFour = null;
        string? aLineFive = null;
        string? aLineSix = null;
        string? aCountryName = null;
        string? aComponent = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 4:
                        if (bytes.SequenceEqual("room"u8))
                        {
                            aRoom = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 5:
                        if (bytes.SequenceEqual("floor"u8))
                        {
                            aFloor = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("stair"u8))
                        {
                            aStair = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 7:
                        if (bytes.SequenceEqual("lineOne"u8))
                        {
                            aLineOne = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("lineTwo"u8))
                        {
                            aLineTwo = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("lineSix"u8))
                        {
                            aLineSix = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 8:
                        if (bytes.SequenceEqual("postCode"u8))
                        {
                            aPostCode = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("cityName"u8))
                        {
                            aCityName = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("lineFour"u8))
                        {
                            aLineFour = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("lineFive"u8))
                        {
                            aLineFive = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 9:
                        if (bytes.SequenceEqual("blockName"u8))
                        {
                            aBlockName = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("lineThree"u8))
                        {
                            aLineThree = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("component"u8))
                        {
                            aComponent = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 10:
                        if (bytes.SequenceEqual("streetType"u8))
                        {
                            aStreetType = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("streetName"u8))
                        {
                            aStreetName = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 11:
                        if (bytes.SequenceEqual("inHouseMail"u8))
                        {
                            aInHouseMail = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("countryName"u8))
                        {
                            aCountryName = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 12:
                        if (bytes.SequenceEqual("buildingName"u8))
                        {
                            aBuildingName = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("streetPrefix"u8))
                        {
                            aStreetPrefix = c.AttributeValue();
                            break;
                        }

                        if (bytes.SequenceEqual("streetSuffix"u8))
                        {
                            aStreetSuffix = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 13:
                        if (bytes.SequenceEqual("postOfficeBox"u8))
                        {
                            aPostOfficeBox = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 14:
                        if (bytes.SequenceEqual("buildingNumber"u8))
                        {
                            aBuildingNumber = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 18:
                        if (bytes.SequenceEqual("plotIdentification"u8))
                        {
                            aPlotIdentification = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 19:
                        if (bytes.SequenceEqual("citySubDivisionName"u8))
                        {
                            aCitySubDivisionName = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 22:
                        if (bytes.SequenceEqual("countrySubDivisionName"u8))
                        {
                            aCountrySubDivisionName = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.InHouseMail))
                        {
                            aInHouseMail = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Room))
                        {
                            aRoom = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Floor))
                        {
                            aFloor = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Stair))
                        {
                            aStair = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.BuildingName))
                        {
                            aBuildingName = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.BuildingNumber))
                        {
                            aBuildingNumber = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.BlockName))
                        {
                            aBlockName = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.StreetPrefix))
                        {
                            aStreetPrefix = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.StreetType))
                        {
                            aStreetType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.StreetSuffix))
                        {
                            aStreetSuffix = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.StreetName))
                        {
                            aStreetName = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.PlotIdentification))
                        {
                            aPlotIdentification = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.PostOfficeBox))
                        {
                            aPostOfficeBox = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.PostCode))
                        {
                            aPostCode = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.CityName))
                        {
                            aCityName = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.CitySubDivisionName))
                        {
                            aCitySubDivisionName = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.CountrySubDivisionName))
                        {
                            aCountrySubDivisionName = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.LineOne))
                        {
                            aLineOne = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.LineTwo))
                        {
                            aLineTwo = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.LineThree))
                        {
                            aLineThree = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.LineFour))
                        {
                            aLineFour = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.LineFive))
                        {
                            aLineFive = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.LineSix))
                        {
                            aLineSix = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.CountryName))
                        {
                            aCountryName = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Component))
                        {
                            aComponent = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.InHouseMail))
                {
                    aInHouseMail = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Room))
                {
                    aRoom = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Floor))
                {
                    aFloor = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Stair))
                {
                    aStair = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.BuildingName))
                {
                    aBuildingName = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.BuildingNumber))
                {
                    aBuildingNumber = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.BlockName))
                {
                    aBlockName = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.StreetPrefix))
                {
                    aStreetPrefix = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.StreetType))
                {
                    aStreetType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.StreetSuffix))
                {
                    aStreetSuffix = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.StreetName))
                {
                    aStreetName = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.PlotIdentification))
                {
                    aPlotIdentification = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.PostOfficeBox))
                {
                    aPostOfficeBox = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.PostCode))
                {
                    aPostCode = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.CityName))
                {
                    aCityName = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.CitySubDivisionName))
                {
                    aCitySubDivisionName = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.CountrySubDivisionName))
                {
                    aCountrySubDivisionName = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.LineOne))
                {
                    aLineOne = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.LineTwo))
                {
                    aLineTwo = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.LineThree))
                {
                    aLineThree = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.LineFour))
                {
                    aLineFour = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.LineFive))
                {
                    aLineFive = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.LineSix))
                {
                    aLineSix = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.CountryName))
                {
                    aCountryName = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Component))
                {
                    aComponent = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        var text = c.ReadText();
        var result = new AddressLine
        {
            InHouseMail = aInHouseMail,
            Room = aRoom,
            Floor = aFloor,
            Stair = aStair,
            BuildingName = aBuildingName,
            BuildingNumber = aBuildingNumber,
            BlockName = aBlockName,
            StreetPrefix = aStreetPrefix,
            StreetType = aStreetType,
            StreetSuffix = aStreetSuffix,
            StreetName = aStreetName,
            PlotIdentification = aPlotIdentification,
            PostOfficeBox = aPostOfficeBox,
            PostCode = aPostCode,
            CityName = aCityName,
            CitySubDivisionName = aCitySubDivisionName,
            CountrySubDivisionName = aCountrySubDivisionName,
            LineOne = aLineOne,
            LineTwo = aLineTwo,
            LineThree = aLineThree,
            LineFour = aLineFour,
            LineFive = aLineFive,
            LineSix = aLineSix,
            CountryName = aCountryName,
            Component = aComponent,
            Value = text.Length == 0 ? null : text,
        };
        return result;
    }

    /// <summary>Reads a <see cref="BasePackageAccommodationPrice"/>.</summary>
    internal BasePackageAccommodationPrice ParseBasePackageAccommodationPrice()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        bool? eUnder60 = null;
        var eIncludedServices = default(ListBuilder<CodedType>);
        var eOtherIncludedServices = default(ListBuilder<string>);
        CodedType? eResidentialType = null;
        CodedType? eSpecialPrice = null;
        CodedType? eWelcomeType = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 7:
                                if (bytes.SequenceEqual("under60"u8))
                                {
                                    c.Enter(CsdNames.Under60);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("welcomeType"u8))
                                {
                                    c.Enter(CsdNames.WelcomeType);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("specialPrice"u8))
                                {
                                    c.Enter(CsdNames.SpecialPrice);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 15:
                                if (bytes.SequenceEqual("residentialType"u8))
                                {
                                    c.Enter(CsdNames.ResidentialType);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("deliveryIncluded"u8))
                                {
                                    c.Enter(CsdNames.DeliveryIncluded);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 22:
                                if (bytes.SequenceEqual("othersDeliveryIncluded"u8))
                                {
                                    c.Enter(CsdNames.OthersDeliveryIncluded);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Under60)))
                {
                    if (eUnder60 is not null)
                    {
                        c.Duplicate();
                    }

                    eUnder60 = c.ReadBoolean();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.DeliveryIncluded)))
                {
                    eIncludedServices.Add(ParseCodedType());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.OthersDeliveryIncluded)))
                {
                    eOtherIncludedServices.Add(c.ReadText());
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.ResidentialType)))
                {
                    if (eResidentialType is not null)
                    {
                        c.Duplicate();
                    }

                    eResidentialType = ParseCodedType();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.SpecialPrice)))
                {
                    if (eSpecialPrice is not null)
                    {
                        c.Duplicate();
                    }

                    eSpecialPrice = ParseCodedType();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.WelcomeType)))
                {
                    if (eWelcomeType is not null)
                    {
                        c.Duplicate();
                    }

                    eWelcomeType = ParseCodedType();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eUnder60 is null)
        {
            c.Missing(CsdNames.Under60, depth);
        }

        if (eResidentialType is null)
        {
            c.Missing(CsdNames.ResidentialType, depth);
        }

        if (eWelcomeType is null)
        {
            c.Missing(CsdNames.WelcomeType, depth);
        }

        var result = new BasePackageAccommodationPrice
        {
            Under60 = eUnder60 ?? default,
            IncludedServices = eIncludedServices.Build(),
            OtherIncludedServices = eOtherIncludedServices.Build(),
            ResidentialType = eResidentialType ?? Neutral.CodedType,
            SpecialPrice = eSpecialPrice,
            WelcomeType = eWelcomeType ?? Neutral.CodedType,
        };
        return result;
    }

    /// <summary>Reads a <see cref="BedCapacity"/>.</summary>
    internal BedCapacity ParseBedCapacity()
    {
        var r = _reader;
        var u8 = c.Utf8;
        int? aTotal = null;
        int? aAvailable = null;
        DateTimeOffset? aUpdateDate = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 5:
                        if (bytes.SequenceEqual("total"u8))
                        {
                            aTotal = c.AttributeInt32();
                            break;
                        }

                        goto default;
                    case 7:
                        if (bytes.SequenceEqual("avaible"u8))
                        {
                            aAvailable = c.AttributeInt32();
                            break;
                        }

                        goto default;
                    case 10:
                        if (bytes.SequenceEqual("updateDate"u8))
                        {
                            aUpdateDate = c.AttributeDateTime();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Total))
                        {
                            aTotal = c.AttributeInt32();
                        }
                        else if (plain && (c.Is(name, CsdNames.Avaible) || c.IsAlias(name, CsdNames.Available, CsdNames.Avaible)))
                        {
                            aAvailable = c.AttributeInt32();
                        }
                        else if (plain && c.Is(name, CsdNames.UpdateDate))
                        {
                            aUpdateDate = c.AttributeDateTime();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Total))
                {
                    aTotal = c.AttributeInt32();
                }
                else if (plain && (c.Is(name, CsdNames.Avaible) || c.IsAlias(name, CsdNames.Available, CsdNames.Avaible)))
                {
                    aAvailable = c.AttributeInt32();
                }
                else if (plain && c.Is(name, CsdNames.UpdateDate))
                {
                    aUpdateDate = c.AttributeDateTime();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        var depth = r.Depth;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var name = r.LocalName;
                var inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                c.SkipUnknown();
            }
        }

        var result = new BedCapacity
        {
            Total = aTotal,
            Available = aAvailable,
            UpdateDate = aUpdateDate,
        };
        return result;
    }

    /// <summary>Reads a <see cref="CareServicesExpression"/>.</summary>
    internal CareServicesExpression ParseCareServicesExpression()
    {
        var r = _reader;
        var u8 = c.Utf8;
        bool? aEncapsulated = null;
        string? aContentType = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 12:
                        if (bytes.SequenceEqual("encapsulated"u8))
                        {
                            aEncapsulated = c.AttributeBoolean();
                            break;
                        }

                        if (bytes.SequenceEqual("content-type"u8))
                        {
                            aContentType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Encapsulated))
                        {
                            aEncapsulated = c.AttributeBoolean();
                        }
                        else if (plain && c.Is(name, CsdNames.Content_type))
                        {
                            aContentType = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Encapsulated))
                {
                    aEncapsulated = c.AttributeBoolean();
                }
                else if (plain && c.Is(name, CsdNames.Content_type))
                {
                    aContentType = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEncapsulated is null)
        {
            c.MissingAttribute(CsdNames.Encapsulated);
        }

        if (aContentType is null)
        {
            c.MissingAttribute(CsdNames.Content_type);
        }

        var depth = r.Depth;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var name = r.LocalName;
                var inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                c.SkipUnknown();
            }
        }

        var result = new CareServicesExpression
        {
            Encapsulated = aEncapsulated ?? default,
            ContentType = aContentType ?? string.Empty,
            ExtraAttributes = extraAttributes.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="CareServicesFunctionDefinition"/>.</summary>
    internal CareServicesFunctionDefinition ParseCareServicesFunctionDefinition()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aUrn = null;
        string? aContentType = null;
        string? aSchemaUris = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 6:
                        if (bytes.SequenceEqual("schema"u8))
                        {
                            aSchemaUris = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 12:
                        if (bytes.SequenceEqual("content-type"u8))
                        {
                            aContentType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Content_type))
                        {
                            aContentType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Schema))
                        {
                            aSchemaUris = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Content_type))
                {
                    aContentType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Schema))
                {
                    aSchemaUris = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        if (aContentType is null)
        {
            c.MissingAttribute(CsdNames.Content_type);
        }

        string? eDescription = null;
        string? eDefinition = null;
        string? eInstance = null;
        string? eSchema = null;
        var eBindings = default(ListBuilder<string>);
        var eExtensions = default(ListBuilder<GenericExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 9:
                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("definition"u8))
                                {
                                    c.Enter(CsdNames.Definition);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("description"u8))
                                {
                                    c.Enter(CsdNames.Description);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Description)))
                {
                    if (eDescription is not null)
                    {
                        c.Duplicate();
                    }

                    eDescription = c.ReadInnerXml();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Definition)))
                {
                    if (eDefinition is not null)
                    {
                        c.Duplicate();
                    }

                    eDefinition = c.ReadText();
                }
                else if (matched == 0 && c.Is(r.NamespaceURI, CsdNames.XFormsNamespace) && c.Is(name, CsdNames.Instance))
                {
                    if (eInstance is not null)
                    {
                        c.Duplicate();
                    }

                    eInstance = c.ReadOuterXml();
                }
                else if (matched == 0 && c.Is(r.NamespaceURI, CsdNames.XmlSchemaNamespace) && c.Is(name, CsdNames.Schema))
                {
                    if (eSchema is not null)
                    {
                        c.Duplicate();
                    }

                    eSchema = c.ReadOuterXml();
                }
                else if (matched == 0 && c.Is(r.NamespaceURI, CsdNames.XFormsNamespace) && c.Is(name, CsdNames.Bind))
                {
                    eBindings.Add(c.ReadOuterXml());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseGenericExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eDefinition is null)
        {
            c.Missing(CsdNames.Definition, depth);
        }

        var result = new CareServicesFunctionDefinition
        {
            Urn = aUrn ?? string.Empty,
            ContentType = aContentType ?? string.Empty,
            SchemaUris = aSchemaUris,
            ExtraAttributes = extraAttributes.Build(),
            Description = eDescription,
            Definition = eDefinition ?? string.Empty,
            Instance = eInstance,
            Schema = eSchema,
            Bindings = eBindings.Build(),
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="CareServicesRequest"/>.</summary>
    internal CareServicesRequest ParseCareServicesRequest()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CareServicesQuery? eQuery = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 8:
                                if (bytes.SequenceEqual("function"u8))
                                {
                                    c.Enter(CsdNames.Function);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("expression"u8))
                                {
                                    c.Enter(CsdNames.Expression);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Expression)))
                {
                    if (eQuery is not null)
                    {
                        c.Duplicate();
                    }

                    eQuery = ParseCareServicesExpression();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Function)))
                {
                    if (eQuery is not null)
                    {
                        c.Duplicate();
                    }

                    eQuery = ParseCareServicesFunctionCall();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eQuery is null)
        {
            c.Missing("expression | function", depth);
        }

        var result = new CareServicesRequest
        {
            Query = eQuery ?? throw c.MissingContent("expression | function"),
        };
        return result;
    }

    /// <summary>Reads a <see cref="CareServicesResponse"/>.</summary>
    internal CareServicesResponse ParseCareServicesResponse()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aContentType = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 12:
                        if (bytes.SequenceEqual("content-type"u8))
                        {
                            aContentType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Content_type))
                        {
                            aContentType = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Content_type))
                {
                    aContentType = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        CareServicesOutcome? eOutcome = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 5:
                                if (bytes.SequenceEqual("error"u8))
                                {
                                    c.Enter(CsdNames.Error);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 6:
                                if (bytes.SequenceEqual("result"u8))
                                {
                                    c.Enter(CsdNames.Result);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Error)))
                {
                    if (eOutcome is not null)
                    {
                        c.Duplicate();
                    }

                    eOutcome = ParseCsdError();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Result)))
                {
                    if (eOutcome is not null)
                    {
                        c.Duplicate();
                    }

                    eOutcome = ParseCareServicesResult();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eOutcome is null)
        {
            c.Missing("error | result", depth);
        }

        var result = new CareServicesResponse
        {
            ContentType = aContentType,
            ExtraAttributes = extraAttributes.Build(),
            Outcome = eOutcome ?? throw c.MissingContent("result | error"),
        };
        return result;
    }

    /// <summary>Reads a <see cref="CareServicesResult"/>.</summary>
    internal CareServicesResult ParseCareServicesResult()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        int? eFacilityNumber = null;
        CsdDocument? eQueryResult = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 11:
                                if (bytes.SequenceEqual("queryResult"u8))
                                {
                                    c.Enter(CsdNames.QueryResult);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("facilityNumber"u8))
                                {
                                    c.Enter(CsdNames.FacilityNumber);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.FacilityNumber)))
                {
                    if (eFacilityNumber is not null)
                    {
                        c.Duplicate();
                    }

                    eFacilityNumber = c.ReadInt32();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.QueryResult)))
                {
                    if (eQueryResult is not null)
                    {
                        c.Duplicate();
                    }

                    eQueryResult = ParseCsdDocument();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eQueryResult is null)
        {
            c.Missing(CsdNames.QueryResult, depth);
        }

        var result = new CareServicesResult
        {
            FacilityNumber = eFacilityNumber,
            QueryResult = eQueryResult ?? Neutral.CsdDocument,
        };
        return result;
    }

    /// <summary>Reads a <see cref="CodedType"/>.</summary>
    internal CodedType ParseCodedType()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aCode = null;
        string? aCodingScheme = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 4:
                        if (bytes.SequenceEqual("code"u8))
                        {
                            aCode = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 12:
                        if (bytes.SequenceEqual("codingScheme"u8))
                        {
                            aCodingScheme = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Code))
                        {
                            aCode = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.CodingScheme))
                        {
                            aCodingScheme = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Code))
                {
                    aCode = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.CodingScheme))
                {
                    aCodingScheme = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aCode is null)
        {
            c.MissingAttribute(CsdNames.Code);
        }

        if (aCodingScheme is null)
        {
            c.MissingAttribute(CsdNames.CodingScheme);
        }

        var text = c.ReadText();
        var result = new CodedType
        {
            Code = aCode ?? string.Empty,
            CodingScheme = aCodingScheme ?? string.Empty,
            ExtraAttributes = extraAttributes.Build(),
            Label = text.Length == 0 ? null : text,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Contact"/>.</summary>
    internal Contact ParseContact()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        string? eName = null;
        CodedType? eFunction = null;
        CodedType? eNature = null;
        string? eDescription = null;
        CodedType? eConfidentialityLevel = null;
        var eContactPoints = default(ListBuilder<ContactPoint>);
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 4:
                                if (bytes.SequenceEqual("name"u8))
                                {
                                    c.Enter(CsdNames.Name);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 6:
                                if (bytes.SequenceEqual("nature"u8))
                                {
                                    c.Enter(CsdNames.Nature);
                                    matched = 3;
                                    break;
                                }

                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("function"u8))
                                {
                                    c.Enter(CsdNames.Function);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("description"u8))
                                {
                                    c.Enter(CsdNames.Description);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("contactPoint"u8))
                                {
                                    c.Enter(CsdNames.ContactPoint);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 20:
                                if (bytes.SequenceEqual("confidentialityLevel"u8))
                                {
                                    c.Enter(CsdNames.ConfidentialityLevel);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Name)))
                {
                    if (eName is not null)
                    {
                        c.Duplicate();
                    }

                    eName = c.ReadText();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Function)))
                {
                    if (eFunction is not null)
                    {
                        c.Duplicate();
                    }

                    eFunction = ParseCodedType();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Nature)))
                {
                    if (eNature is not null)
                    {
                        c.Duplicate();
                    }

                    eNature = ParseCodedType();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.Description)))
                {
                    if (eDescription is not null)
                    {
                        c.Duplicate();
                    }

                    eDescription = c.ReadText();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.ConfidentialityLevel)))
                {
                    if (eConfidentialityLevel is not null)
                    {
                        c.Duplicate();
                    }

                    eConfidentialityLevel = ParseCodedType();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.ContactPoint)))
                {
                    eContactPoints.Add(ParseContactPoint());
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eConfidentialityLevel is null)
        {
            c.Missing(CsdNames.ConfidentialityLevel, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new Contact
        {
            Name = eName,
            Function = eFunction,
            Nature = eNature,
            Description = eDescription,
            ConfidentialityLevel = eConfidentialityLevel ?? Neutral.CodedType,
            ContactPoints = eContactPoints.Build(),
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="ContactPoint"/>.</summary>
    internal ContactPoint ParseContactPoint()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CodedType? eChannel = null;
        string? eEquipment = null;
        string? ePurpose = null;
        string? eCertificate = null;
        var eExtensions = default(ListBuilder<ContactPointExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 7:
                                if (bytes.SequenceEqual("purpose"u8))
                                {
                                    c.Enter(CsdNames.Purpose);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("codedType"u8))
                                {
                                    c.Enter(CsdNames.CodedType);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("equipment"u8))
                                {
                                    c.Enter(CsdNames.Equipment);
                                    matched = 2;
                                    break;
                                }

                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("certificate"u8))
                                {
                                    c.Enter(CsdNames.Certificate);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.CodedType)))
                {
                    if (eChannel is not null)
                    {
                        c.Duplicate();
                    }

                    eChannel = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Equipment)))
                {
                    if (eEquipment is not null)
                    {
                        c.Duplicate();
                    }

                    eEquipment = c.ReadText();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Purpose)))
                {
                    if (ePurpose is not null)
                    {
                        c.Duplicate();
                    }

                    ePurpose = c.ReadText();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.Certificate)))
                {
                    if (eCertificate is not null)
                    {
                        c.Duplicate();
                    }

                    eCertificate = c.ReadText();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseContactPointExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eChannel is null)
        {
            c.Missing(CsdNames.CodedType, depth);
        }

        var result = new ContactPoint
        {
            Channel = eChannel ?? Neutral.CodedType,
            Equipment = eEquipment,
            Purpose = ePurpose,
            Certificate = eCertificate,
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="ContactPointExtension"/>.</summary>
    internal ContactPointExtension ParseContactPointExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        CodedType? eConfidentialityLevel = null;
        Metadata? eRecord = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 20:
                                if (bytes.SequenceEqual("confidentialityLevel"u8))
                                {
                                    c.Enter(CsdNames.ConfidentialityLevel);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.ConfidentialityLevel)))
                {
                    if (eConfidentialityLevel is not null)
                    {
                        c.Duplicate();
                    }

                    eConfidentialityLevel = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eConfidentialityLevel is null)
        {
            c.Missing(CsdNames.ConfidentialityLevel, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new ContactPointExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            ConfidentialityLevel = eConfidentialityLevel ?? Neutral.CodedType,
            Record = eRecord ?? Neutral.Metadata,
            LocalElement = localElement,
            Type = aType ?? Neutral.ContactPointExtension.Type,
            Urn = aUrn ?? Neutral.ContactPointExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Credential"/>.</summary>
    internal Credential ParseCredential()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CodedType? eType = null;
        string? eNumber = null;
        string? eIssuingAuthority = null;
        DateOnly? eIssueDate = null;
        DateOnly? eRenewalDate = null;
        var eExtensions = default(ListBuilder<CredentialExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("number"u8))
                                {
                                    c.Enter(CsdNames.Number);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("codedType"u8))
                                {
                                    c.Enter(CsdNames.CodedType);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("issuingAuthority"u8))
                                {
                                    c.Enter(CsdNames.IssuingAuthority);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 19:
                                if (bytes.SequenceEqual("credentialIssueDate"u8))
                                {
                                    c.Enter(CsdNames.CredentialIssueDate);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 21:
                                if (bytes.SequenceEqual("credentialRenewalDate"u8))
                                {
                                    c.Enter(CsdNames.CredentialRenewalDate);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.CodedType)))
                {
                    if (eType is not null)
                    {
                        c.Duplicate();
                    }

                    eType = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Number)))
                {
                    if (eNumber is not null)
                    {
                        c.Duplicate();
                    }

                    eNumber = c.ReadText();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.IssuingAuthority)))
                {
                    if (eIssuingAuthority is not null)
                    {
                        c.Duplicate();
                    }

                    eIssuingAuthority = c.ReadText();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.CredentialIssueDate)))
                {
                    if (eIssueDate is not null)
                    {
                        c.Duplicate();
                    }

                    eIssueDate = c.ReadDate();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.CredentialRenewalDate)))
                {
                    if (eRenewalDate is not null)
                    {
                        c.Duplicate();
                    }

                    eRenewalDate = c.ReadDate();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseCredentialExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eType is null)
        {
            c.Missing(CsdNames.CodedType, depth);
        }

        if (eNumber is null)
        {
            c.Missing(CsdNames.Number, depth);
        }

        var result = new Credential
        {
            Type = eType ?? Neutral.CodedType,
            Number = eNumber ?? string.Empty,
            IssuingAuthority = eIssuingAuthority,
            IssueDate = eIssueDate,
            RenewalDate = eRenewalDate,
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="CredentialExtension"/>.</summary>
    internal CredentialExtension ParseCredentialExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        CodedType? eSpeciality = null;
        CodedType? eCompetence = null;
        CodedType? eExclusiveCompetence = null;
        CodedType? eParticularSkills = null;
        CodedType? eCapacity = null;
        CodedType? ePacQualification = null;
        CodedType? eNonQualifyingDesc = null;
        CodedType? eComplementarySkills = null;
        Metadata? eRecord = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 9;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("capacity"u8))
                                {
                                    c.Enter(CsdNames.Capacity);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("speciality"u8))
                                {
                                    c.Enter(CsdNames.Speciality);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("competence"u8))
                                {
                                    c.Enter(CsdNames.Competence);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("particularSkills"u8))
                                {
                                    c.Enter(CsdNames.ParticularSkills);
                                    matched = 4;
                                    break;
                                }

                                if (bytes.SequenceEqual("qualificationPAC"u8))
                                {
                                    c.Enter(CsdNames.QualificationPAC);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 17:
                                if (bytes.SequenceEqual("DESCNonQualifiant"u8))
                                {
                                    c.Enter(CsdNames.DESCNonQualifiant);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 19:
                                if (bytes.SequenceEqual("exclusiveCompetence"u8))
                                {
                                    c.Enter(CsdNames.ExclusiveCompetence);
                                    matched = 3;
                                    break;
                                }

                                if (bytes.SequenceEqual("complementarySkills"u8))
                                {
                                    c.Enter(CsdNames.ComplementarySkills);
                                    matched = 8;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Speciality)))
                {
                    if (eSpeciality is not null)
                    {
                        c.Duplicate();
                    }

                    eSpeciality = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Competence)))
                {
                    if (eCompetence is not null)
                    {
                        c.Duplicate();
                    }

                    eCompetence = ParseCodedType();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.ExclusiveCompetence)))
                {
                    if (eExclusiveCompetence is not null)
                    {
                        c.Duplicate();
                    }

                    eExclusiveCompetence = ParseCodedType();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.ParticularSkills)))
                {
                    if (eParticularSkills is not null)
                    {
                        c.Duplicate();
                    }

                    eParticularSkills = ParseCodedType();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.Capacity)))
                {
                    if (eCapacity is not null)
                    {
                        c.Duplicate();
                    }

                    eCapacity = ParseCodedType();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.QualificationPAC)))
                {
                    if (ePacQualification is not null)
                    {
                        c.Duplicate();
                    }

                    ePacQualification = ParseCodedType();
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.DESCNonQualifiant)))
                {
                    if (eNonQualifyingDesc is not null)
                    {
                        c.Duplicate();
                    }

                    eNonQualifyingDesc = ParseCodedType();
                }
                else if (matched == 8 || (inCsd && c.Is(name, CsdNames.ComplementarySkills)))
                {
                    if (eComplementarySkills is not null)
                    {
                        c.Duplicate();
                    }

                    eComplementarySkills = ParseCodedType();
                }
                else if (matched == 9 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new CredentialExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            Speciality = eSpeciality,
            Competence = eCompetence,
            ExclusiveCompetence = eExclusiveCompetence,
            ParticularSkills = eParticularSkills,
            Capacity = eCapacity,
            PacQualification = ePacQualification,
            NonQualifyingDesc = eNonQualifyingDesc,
            ComplementarySkills = eComplementarySkills,
            Record = eRecord ?? Neutral.Metadata,
            LocalElement = localElement,
            Type = aType ?? Neutral.CredentialExtension.Type,
            Urn = aUrn ?? Neutral.CredentialExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="CrisisAccommodationCapacity"/>.</summary>
    internal CrisisAccommodationCapacity ParseCrisisAccommodationCapacity()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        int? eCapacityAtT0 = null;
        int? eCapacityAtT60 = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("crisisCapacityT0"u8))
                                {
                                    c.Enter(CsdNames.CrisisCapacityT0);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 17:
                                if (bytes.SequenceEqual("crisisCapacityT60"u8))
                                {
                                    c.Enter(CsdNames.CrisisCapacityT60);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.CrisisCapacityT0)))
                {
                    if (eCapacityAtT0 is not null)
                    {
                        c.Duplicate();
                    }

                    eCapacityAtT0 = c.ReadInt32();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.CrisisCapacityT60)))
                {
                    if (eCapacityAtT60 is not null)
                    {
                        c.Duplicate();
                    }

                    eCapacityAtT60 = c.ReadInt32();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eCapacityAtT0 is null)
        {
            c.Missing(CsdNames.CrisisCapacityT0, depth);
        }

        if (eCapacityAtT60 is null)
        {
            c.Missing(CsdNames.CrisisCapacityT60, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new CrisisAccommodationCapacity
        {
            CapacityAtT0 = eCapacityAtT0 ?? default,
            CapacityAtT60 = eCapacityAtT60 ?? default,
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="CsdDocument"/>.</summary>
    internal CsdDocument ParseCsdDocument()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        var eOrganizations = default(ListBuilder<Organization>);
        var eServices = default(ListBuilder<Service>);
        var eFacilities = default(ListBuilder<Facility>);
        var eProviders = default(ListBuilder<Provider>);
        var eDevices = default(ListBuilder<Device>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 15:
                                if (bytes.SequenceEqual("deviceDirectory"u8))
                                {
                                    c.Enter(CsdNames.DeviceDirectory);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("serviceDirectory"u8))
                                {
                                    c.Enter(CsdNames.ServiceDirectory);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 17:
                                if (bytes.SequenceEqual("facilityDirectory"u8))
                                {
                                    c.Enter(CsdNames.FacilityDirectory);
                                    matched = 3;
                                    break;
                                }

                                if (bytes.SequenceEqual("providerDirectory"u8))
                                {
                                    c.Enter(CsdNames.ProviderDirectory);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 21:
                                if (bytes.SequenceEqual("organizationDirectory"u8))
                                {
                                    c.Enter(CsdNames.OrganizationDirectory);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.OrganizationDirectory)))
                {
                    var wrapperDepth = r.Depth;
                    if (c.StartContent())
                    {
                        while (c.NextChild(wrapperDepth))
                        {
                            if (c.InCsd && c.Is(r.LocalName, CsdNames.Organization))
                            {
                                eOrganizations.Add(ParseOrganization());
                            }
                            else
                            {
                                c.SkipUnknown();
                            }
                        }
                    }
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.ServiceDirectory)))
                {
                    var wrapperDepth = r.Depth;
                    if (c.StartContent())
                    {
                        while (c.NextChild(wrapperDepth))
                        {
                            if (c.InCsd && c.Is(r.LocalName, CsdNames.Service))
                            {
                                eServices.Add(ParseService());
                            }
                            else
                            {
                                c.SkipUnknown();
                            }
                        }
                    }
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.FacilityDirectory)))
                {
                    var wrapperDepth = r.Depth;
                    if (c.StartContent())
                    {
                        while (c.NextChild(wrapperDepth))
                        {
                            if (c.InCsd && c.Is(r.LocalName, CsdNames.Facility))
                            {
                                eFacilities.Add(ParseFacility());
                            }
                            else
                            {
                                c.SkipUnknown();
                            }
                        }
                    }
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.ProviderDirectory)))
                {
                    var wrapperDepth = r.Depth;
                    if (c.StartContent())
                    {
                        while (c.NextChild(wrapperDepth))
                        {
                            if (c.InCsd && c.Is(r.LocalName, CsdNames.Provider))
                            {
                                eProviders.Add(ParseProvider());
                            }
                            else
                            {
                                c.SkipUnknown();
                            }
                        }
                    }
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.DeviceDirectory)))
                {
                    var wrapperDepth = r.Depth;
                    if (c.StartContent())
                    {
                        while (c.NextChild(wrapperDepth))
                        {
                            if (c.InCsd && c.Is(r.LocalName, CsdNames.Device))
                            {
                                eDevices.Add(ParseDevice());
                            }
                            else
                            {
                                c.SkipUnknown();
                            }
                        }
                    }
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new CsdDocument
        {
            Organizations = eOrganizations.Build(),
            Services = eServices.Build(),
            Facilities = eFacilities.Build(),
            Providers = eProviders.Build(),
            Devices = eDevices.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="CsdError"/>.</summary>
    internal CsdError ParseCsdError()
    {
        var r = _reader;
        var u8 = c.Utf8;
        int? aCode = null;
        string? aMessage = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 4:
                        if (bytes.SequenceEqual("code"u8))
                        {
                            aCode = c.AttributeInt32();
                            break;
                        }

                        goto default;
                    case 7:
                        if (bytes.SequenceEqual("message"u8))
                        {
                            aMessage = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Code))
                        {
                            aCode = c.AttributeInt32();
                        }
                        else if (plain && c.Is(name, CsdNames.Message))
                        {
                            aMessage = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Code))
                {
                    aCode = c.AttributeInt32();
                }
                else if (plain && c.Is(name, CsdNames.Message))
                {
                    aMessage = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        var text = c.ReadText();
        var result = new CsdError
        {
            Code = aCode,
            Message = aMessage,
            ExtraAttributes = extraAttributes.Build(),
            Text = text.Length == 0 ? null : text,
        };
        return result;
    }

    /// <summary>Reads a <see cref="DependencyPrice"/>.</summary>
    internal DependencyPrice ParseDependencyPrice()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CodedType? eDependencyLevel = null;
        CodedType? eWelcomeType = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 11:
                                if (bytes.SequenceEqual("welcomeType"u8))
                                {
                                    c.Enter(CsdNames.WelcomeType);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 15:
                                if (bytes.SequenceEqual("dependencyLevel"u8))
                                {
                                    c.Enter(CsdNames.DependencyLevel);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.DependencyLevel)))
                {
                    if (eDependencyLevel is not null)
                    {
                        c.Duplicate();
                    }

                    eDependencyLevel = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.WelcomeType)))
                {
                    if (eWelcomeType is not null)
                    {
                        c.Duplicate();
                    }

                    eWelcomeType = ParseCodedType();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eDependencyLevel is null)
        {
            c.Missing(CsdNames.DependencyLevel, depth);
        }

        if (eWelcomeType is null)
        {
            c.Missing(CsdNames.WelcomeType, depth);
        }

        var result = new DependencyPrice
        {
            DependencyLevel = eDependencyLevel ?? Neutral.CodedType,
            WelcomeType = eWelcomeType ?? Neutral.CodedType,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Device"/>.</summary>
    internal Device ParseDevice()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        var eOtherIds = default(ListBuilder<OtherId>);
        CodedType? eCode = null;
        DeviceExtension? eExtension = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 7:
                                if (bytes.SequenceEqual("otherID"u8))
                                {
                                    c.Enter(CsdNames.OtherID);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("codedType"u8))
                                {
                                    c.Enter(CsdNames.CodedType);
                                    matched = 2;
                                    break;
                                }

                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.OtherID)))
                {
                    eOtherIds.Add(ParseOtherId());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.CodedType)))
                {
                    if (eCode is not null)
                    {
                        c.Duplicate();
                    }

                    eCode = ParseCodedType();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    if (eExtension is not null)
                    {
                        c.Duplicate();
                    }

                    eExtension = ParseDeviceExtension();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eCode is null)
        {
            c.Missing(CsdNames.CodedType, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new Device
        {
            EntityId = aEntityId ?? string.Empty,
            OtherIds = eOtherIds.Build(),
            Code = eCode ?? Neutral.CodedType,
            Extension = eExtension,
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="DeviceExtension"/>.</summary>
    internal DeviceExtension ParseDeviceExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        int? eUnitsInService = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 11:
                                if (bytes.SequenceEqual("nbInService"u8))
                                {
                                    c.Enter(CsdNames.NbInService);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.NbInService)))
                {
                    if (eUnitsInService is not null)
                    {
                        c.Duplicate();
                    }

                    eUnitsInService = c.ReadInt32();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new DeviceExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            UnitsInService = eUnitsInService,
            LocalElement = localElement,
            Type = aType ?? Neutral.DeviceExtension.Type,
            Urn = aUrn ?? Neutral.DeviceExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="EntityReference"/>.</summary>
    internal EntityReference ParseEntityReference()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        var depth = r.Depth;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var name = r.LocalName;
                var inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                c.SkipUnknown();
            }
        }

        var result = new EntityReference
        {
            EntityId = aEntityId ?? string.Empty,
        };
        return result;
    }

    /// <summary>Reads a <see cref="EstablishmentIdentification"/>.</summary>
    internal EstablishmentIdentification ParseEstablishmentIdentification()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        OtherId? eEstablishmentId = null;
        DateTimeOffset? eReferenceDate = null;
        var eActivityTypes = default(ListBuilder<CodedType>);
        var eSupportedPatients = default(ListBuilder<CodedType>);
        bool? eRestrictedOrganization = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 7:
                                if (bytes.SequenceEqual("dateRef"u8))
                                {
                                    c.Enter(CsdNames.DateRef);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("typeActivity"u8))
                                {
                                    c.Enter(CsdNames.TypeActivity);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("id_etablissement"u8))
                                {
                                    c.Enter(CsdNames.Id_etablissement);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("supportedPatient"u8))
                                {
                                    c.Enter(CsdNames.SupportedPatient);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 22:
                                if (bytes.SequenceEqual("restrictedOrganisation"u8))
                                {
                                    c.Enter(CsdNames.RestrictedOrganisation);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Id_etablissement)))
                {
                    if (eEstablishmentId is not null)
                    {
                        c.Duplicate();
                    }

                    eEstablishmentId = ParseOtherId();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.DateRef)))
                {
                    if (eReferenceDate is not null)
                    {
                        c.Duplicate();
                    }

                    eReferenceDate = c.ReadDateTime();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.TypeActivity)))
                {
                    eActivityTypes.Add(ParseCodedType());
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.SupportedPatient)))
                {
                    eSupportedPatients.Add(ParseCodedType());
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.RestrictedOrganisation)))
                {
                    if (eRestrictedOrganization is not null)
                    {
                        c.Duplicate();
                    }

                    eRestrictedOrganization = c.ReadBoolean();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eEstablishmentId is null)
        {
            c.Missing(CsdNames.Id_etablissement, depth);
        }

        var result = new EstablishmentIdentification
        {
            EstablishmentId = eEstablishmentId ?? Neutral.OtherId,
            ReferenceDate = eReferenceDate,
            ActivityTypes = eActivityTypes.Build(),
            SupportedPatients = eSupportedPatients.Build(),
            RestrictedOrganization = eRestrictedOrganization,
        };
        return result;
    }

    /// <summary>Reads a <see cref="EstablishmentOfferReadFunction"/>.</summary>
    internal EstablishmentOfferReadFunction ParseEstablishmentOfferReadFunction()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aUrn = null;
        bool? aEncapsulated = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 12:
                        if (bytes.SequenceEqual("encapsulated"u8))
                        {
                            aEncapsulated = c.AttributeBoolean();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Encapsulated))
                        {
                            aEncapsulated = c.AttributeBoolean();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Encapsulated))
                {
                    aEncapsulated = c.AttributeBoolean();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        if (aEncapsulated is null)
        {
            c.MissingAttribute(CsdNames.Encapsulated);
        }

        EstablishmentOfferReadParameters? eParameters = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 35:
                                if (bytes.SequenceEqual("TR_Lecture-OffresSanteEtablissement"u8))
                                {
                                    c.Enter(CsdNames.TR_Lecture_OffresSanteEtablissement);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.TR_Lecture_OffresSanteEtablissement)))
                {
                    if (eParameters is not null)
                    {
                        c.Duplicate();
                    }

                    eParameters = ParseEstablishmentOfferReadParameters();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eParameters is null)
        {
            c.Missing(CsdNames.TR_Lecture_OffresSanteEtablissement, depth);
        }

        var result = new EstablishmentOfferReadFunction
        {
            Parameters = eParameters ?? Neutral.EstablishmentOfferReadParameters,
            Urn = aUrn ?? Neutral.EstablishmentOfferReadFunction.Urn,
            Encapsulated = aEncapsulated ?? Neutral.EstablishmentOfferReadFunction.Encapsulated,
        };
        return result;
    }

    /// <summary>Reads a <see cref="EstablishmentOfferReadParameters"/>.</summary>
    internal EstablishmentOfferReadParameters ParseEstablishmentOfferReadParameters()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        EstablishmentReadCriteria? eCriteria = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 27:
                                if (bytes.SequenceEqual("etablissementDemandeLecture"u8))
                                {
                                    c.Enter(CsdNames.EtablissementDemandeLecture);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.EtablissementDemandeLecture)))
                {
                    if (eCriteria is not null)
                    {
                        c.Duplicate();
                    }

                    eCriteria = ParseEstablishmentReadCriteria();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eCriteria is null)
        {
            c.Missing(CsdNames.EtablissementDemandeLecture, depth);
        }

        var result = new EstablishmentOfferReadParameters
        {
            Criteria = eCriteria ?? Neutral.EstablishmentReadCriteria,
        };
        return result;
    }

    /// <summary>Reads a <see cref="EstablishmentReadCriteria"/>.</summary>
    internal EstablishmentReadCriteria ParseEstablishmentReadCriteria()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        OtherId? eEstablishmentId = null;
        DateTimeOffset? eReferenceDate = null;
        var eActivityTypes = default(ListBuilder<CodedType>);
        var eSupportedPatients = default(ListBuilder<CodedType>);
        bool? eRestrictedOrganization = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 7:
                                if (bytes.SequenceEqual("dateRef"u8))
                                {
                                    c.Enter(CsdNames.DateRef);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("typeActivity"u8))
                                {
                                    c.Enter(CsdNames.TypeActivity);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("id_etablissement"u8))
                                {
                                    c.Enter(CsdNames.Id_etablissement);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("supportedPatient"u8))
                                {
                                    c.Enter(CsdNames.SupportedPatient);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 22:
                                if (bytes.SequenceEqual("restrictedOrganisation"u8))
                                {
                                    c.Enter(CsdNames.RestrictedOrganisation);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Id_etablissement)))
                {
                    if (eEstablishmentId is not null)
                    {
                        c.Duplicate();
                    }

                    eEstablishmentId = ParseOtherId();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.DateRef)))
                {
                    if (eReferenceDate is not null)
                    {
                        c.Duplicate();
                    }

                    eReferenceDate = c.ReadDateTime();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.TypeActivity)))
                {
                    eActivityTypes.Add(ParseCodedType());
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.SupportedPatient)))
                {
                    eSupportedPatients.Add(ParseCodedType());
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.RestrictedOrganisation)))
                {
                    if (eRestrictedOrganization is not null)
                    {
                        c.Duplicate();
                    }

                    eRestrictedOrganization = c.ReadBoolean();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eEstablishmentId is null)
        {
            c.Missing(CsdNames.Id_etablissement, depth);
        }

        var result = new EstablishmentReadCriteria
        {
            EstablishmentId = eEstablishmentId ?? Neutral.OtherId,
            ReferenceDate = eReferenceDate,
            ActivityTypes = eActivityTypes.Build(),
            SupportedPatients = eSupportedPatients.Build(),
            RestrictedOrganization = eRestrictedOrganization,
        };
        return result;
    }

    /// <summary>Reads a <see cref="EstablishmentsUpdatedSinceParameters"/>.</summary>
    internal EstablishmentsUpdatedSinceParameters ParseEstablishmentsUpdatedSinceParameters()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        DateTimeOffset? eReferenceDate = null;
        var eActivityTypes = default(ListBuilder<CodedType>);
        var eSupportedPatients = default(ListBuilder<CodedType>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 7:
                                if (bytes.SequenceEqual("dateRef"u8))
                                {
                                    c.Enter(CsdNames.DateRef);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("typeActivity"u8))
                                {
                                    c.Enter(CsdNames.TypeActivity);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("supportedPatient"u8))
                                {
                                    c.Enter(CsdNames.SupportedPatient);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.DateRef)))
                {
                    if (eReferenceDate is not null)
                    {
                        c.Duplicate();
                    }

                    eReferenceDate = c.ReadDateTime();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.TypeActivity)))
                {
                    eActivityTypes.Add(ParseCodedType());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.SupportedPatient)))
                {
                    eSupportedPatients.Add(ParseCodedType());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eReferenceDate is null)
        {
            c.Missing(CsdNames.DateRef, depth);
        }

        var result = new EstablishmentsUpdatedSinceParameters
        {
            ReferenceDate = eReferenceDate ?? default,
            ActivityTypes = eActivityTypes.Build(),
            SupportedPatients = eSupportedPatients.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="EstablishmentsUpdatedSinceRequest"/>.</summary>
    internal EstablishmentsUpdatedSinceRequest ParseEstablishmentsUpdatedSinceRequest()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        EstablishmentsUpdatedSinceParameters? eParameters = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("params"u8))
                                {
                                    c.Enter(CsdNames.Params);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Params)))
                {
                    if (eParameters is not null)
                    {
                        c.Duplicate();
                    }

                    eParameters = ParseEstablishmentsUpdatedSinceParameters();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eParameters is null)
        {
            c.Missing(CsdNames.Params, depth);
        }

        var result = new EstablishmentsUpdatedSinceRequest
        {
            Parameters = eParameters ?? Neutral.EstablishmentsUpdatedSinceParameters,
        };
        return result;
    }

    /// <summary>Reads a <see cref="EstablishmentsUpdatedSinceResponse"/>.</summary>
    internal EstablishmentsUpdatedSinceResponse ParseEstablishmentsUpdatedSinceResponse()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        var eEntries = default(ListBuilder<EstablishmentUpdateNotice>);
        int? eResult = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("result"u8))
                                {
                                    c.Enter(CsdNames.Result);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 25:
                                if (bytes.SequenceEqual("etablissementReponseNotif"u8))
                                {
                                    c.Enter(CsdNames.EtablissementReponseNotif);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.EtablissementReponseNotif)))
                {
                    eEntries.Add(ParseEstablishmentUpdateNotice());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Result)))
                {
                    if (eResult is not null)
                    {
                        c.Duplicate();
                    }

                    eResult = c.ReadInt32();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new EstablishmentsUpdatedSinceResponse
        {
            Entries = eEntries.Build(),
            Result = eResult,
        };
        return result;
    }

    /// <summary>Reads a <see cref="EstablishmentUpdateNotice"/>.</summary>
    internal EstablishmentUpdateNotice ParseEstablishmentUpdateNotice()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        OtherId? eEstablishmentId = null;
        var eActivityTypes = default(ListBuilder<CodedType>);
        bool? eRestrictedOrganization = null;
        var eSupportedPatients = default(ListBuilder<CodedType>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 12:
                                if (bytes.SequenceEqual("typeActivity"u8))
                                {
                                    c.Enter(CsdNames.TypeActivity);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("id_etablissement"u8))
                                {
                                    c.Enter(CsdNames.Id_etablissement);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("supportedPatient"u8))
                                {
                                    c.Enter(CsdNames.SupportedPatient);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 22:
                                if (bytes.SequenceEqual("restrictedOrganisation"u8))
                                {
                                    c.Enter(CsdNames.RestrictedOrganisation);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Id_etablissement)))
                {
                    if (eEstablishmentId is not null)
                    {
                        c.Duplicate();
                    }

                    eEstablishmentId = ParseOtherId();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.TypeActivity)))
                {
                    eActivityTypes.Add(ParseCodedType());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.RestrictedOrganisation)))
                {
                    if (eRestrictedOrganization is not null)
                    {
                        c.Duplicate();
                    }

                    eRestrictedOrganization = c.ReadBoolean();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.SupportedPatient)))
                {
                    c.Tolerated(CsdNames.SupportedPatient);
                    eSupportedPatients.Add(ParseCodedType());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eEstablishmentId is null)
        {
            c.Missing(CsdNames.Id_etablissement, depth);
        }

        var result = new EstablishmentUpdateNotice
        {
            EstablishmentId = eEstablishmentId ?? Neutral.OtherId,
            ActivityTypes = eActivityTypes.Build(),
            RestrictedOrganization = eRestrictedOrganization,
            SupportedPatients = eSupportedPatients.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="Facility"/>.</summary>
    internal Facility ParseFacility()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        var eOtherIds = default(ListBuilder<OtherId>);
        var eCodes = default(ListBuilder<CodedType>);
        string? ePrimaryName = null;
        var eOtherNames = default(ListBuilder<LocalizedName>);
        var eAddresses = default(ListBuilder<Address>);
        var eContacts = default(ListBuilder<NativeContact>);
        GeoCode? eGeoCode = null;
        var eLanguages = default(ListBuilder<CodedType>);
        var eContactPoints = default(ListBuilder<ContactPoint>);
        var eOrganizations = default(ListBuilder<FacilityOrganizationLink>);
        var eOperatingHours = default(ListBuilder<OperatingHours>);
        var eExtensions = default(ListBuilder<FacilityExtension>);
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 13;
                                    break;
                                }

                                goto default;
                            case 7:
                                if (bytes.SequenceEqual("otherID"u8))
                                {
                                    c.Enter(CsdNames.OtherID);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("address"u8))
                                {
                                    c.Enter(CsdNames.Address);
                                    matched = 5;
                                    break;
                                }

                                if (bytes.SequenceEqual("contact"u8))
                                {
                                    c.Enter(CsdNames.Contact);
                                    matched = 6;
                                    break;
                                }

                                if (bytes.SequenceEqual("geocode"u8))
                                {
                                    c.Enter(CsdNames.Geocode);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("language"u8))
                                {
                                    c.Enter(CsdNames.Language);
                                    matched = 8;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("codedType"u8))
                                {
                                    c.Enter(CsdNames.CodedType);
                                    matched = 2;
                                    break;
                                }

                                if (bytes.SequenceEqual("otherName"u8))
                                {
                                    c.Enter(CsdNames.OtherName);
                                    matched = 4;
                                    break;
                                }

                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 12;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("primaryName"u8))
                                {
                                    c.Enter(CsdNames.PrimaryName);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("contactPoint"u8))
                                {
                                    c.Enter(CsdNames.ContactPoint);
                                    matched = 9;
                                    break;
                                }

                                goto default;
                            case 13:
                                if (bytes.SequenceEqual("organizations"u8))
                                {
                                    c.Enter(CsdNames.Organizations);
                                    matched = 10;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("operatingHours"u8))
                                {
                                    c.Enter(CsdNames.OperatingHours);
                                    matched = 11;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.OtherID)))
                {
                    eOtherIds.Add(ParseOtherId());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.CodedType)))
                {
                    eCodes.Add(ParseCodedType());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.PrimaryName)))
                {
                    if (ePrimaryName is not null)
                    {
                        c.Duplicate();
                    }

                    ePrimaryName = c.ReadText();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.OtherName)))
                {
                    eOtherNames.Add(ParseLocalizedName());
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.Address)))
                {
                    eAddresses.Add(ParseAddress());
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.Contact)))
                {
                    if (ParseNativeContact() is { } item)
                    {
                        eContacts.Add(item);
                    }
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.Geocode)))
                {
                    if (eGeoCode is not null)
                    {
                        c.Duplicate();
                    }

                    eGeoCode = ParseGeoCode();
                }
                else if (matched == 8 || (inCsd && c.Is(name, CsdNames.Language)))
                {
                    eLanguages.Add(ParseCodedType());
                }
                else if (matched == 9 || (inCsd && c.Is(name, CsdNames.ContactPoint)))
                {
                    eContactPoints.Add(ParseContactPoint());
                }
                else if (matched == 10 || (inCsd && c.Is(name, CsdNames.Organizations)))
                {
                    var wrapperDepth = r.Depth;
                    if (c.StartContent())
                    {
                        while (c.NextChild(wrapperDepth))
                        {
                            if (c.InCsd && c.Is(r.LocalName, CsdNames.Organization))
                            {
                                eOrganizations.Add(ParseFacilityOrganizationLink());
                            }
                            else
                            {
                                c.SkipUnknown();
                            }
                        }
                    }
                }
                else if (matched == 11 || (inCsd && c.Is(name, CsdNames.OperatingHours)))
                {
                    eOperatingHours.Add(ParseOperatingHours());
                }
                else if (matched == 12 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseFacilityExtension());
                }
                else if (matched == 13 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (ePrimaryName is null)
        {
            c.Missing(CsdNames.PrimaryName, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new Facility
        {
            EntityId = aEntityId ?? string.Empty,
            OtherIds = eOtherIds.Build(),
            Codes = eCodes.Build(),
            PrimaryName = ePrimaryName ?? string.Empty,
            OtherNames = eOtherNames.Build(),
            Addresses = eAddresses.Build(),
            Contacts = eContacts.Build(),
            GeoCode = eGeoCode,
            Languages = eLanguages.Build(),
            ContactPoints = eContactPoints.Build(),
            Organizations = eOrganizations.Build(),
            OperatingHours = eOperatingHours.Build(),
            Extensions = eExtensions.Build(),
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="FacilityExtension"/>.</summary>
    internal FacilityExtension ParseFacilityExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        var eContacts = default(ListBuilder<Contact>);
        var eMailBoxes = default(ListBuilder<MailBoxMss>);
        DateOnly? eFinalClosingDate = null;
        DateOnly? eCreationDate = null;
        var eActivityTypes = default(ListBuilder<CodedType>);
        CodedType? eCareMode = null;
        PatientType? ePatientType = null;
        AccommodationCapacity? eAccommodationCapacity = null;
        CrisisAccommodationCapacity? eCrisisAccommodationCapacity = null;
        var eResidentialCapacities = default(ListBuilder<ResidentialCapacity>);
        ResourceSkills? eResourceSkills = null;
        var eEquipment = default(ListBuilder<EntityReference>);
        CodedType? eReceptionType = null;
        bool? eSequentialReception = null;
        var eCareSpecializations = default(ListBuilder<CodedType>);
        CodedType? eFacilityType = null;
        Location? eLocation = null;
        var eInterventionZones = default(ListBuilder<TerritorialDivision>);
        CodedType? eAnnualOpening = null;
        var ePsychiatricSectors = default(ListBuilder<string>);
        var eSpecificActs = default(ListBuilder<CodedType>);
        EntityReference? eParentFacility = null;
        var eManagementTypes = default(ListBuilder<CodedType>);
        CodedType? eMaternityType = null;
        bool? eIsSensitiveUnit = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 7:
                                if (bytes.SequenceEqual("contact"u8))
                                {
                                    c.Enter(CsdNames.Contact);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("careMode"u8))
                                {
                                    c.Enter(CsdNames.CareMode);
                                    matched = 6;
                                    break;
                                }

                                if (bytes.SequenceEqual("location"u8))
                                {
                                    c.Enter(CsdNames.Location);
                                    matched = 17;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("equipment"u8))
                                {
                                    c.Enter(CsdNames.Equipment);
                                    matched = 12;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("mailBoxMSS"u8))
                                {
                                    c.Enter(CsdNames.MailBoxMSS);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("specificAct"u8))
                                {
                                    c.Enter(CsdNames.SpecificAct);
                                    matched = 21;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("creationDate"u8))
                                {
                                    c.Enter(CsdNames.CreationDate);
                                    matched = 4;
                                    break;
                                }

                                if (bytes.SequenceEqual("typeActivity"u8))
                                {
                                    c.Enter(CsdNames.TypeActivity);
                                    matched = 5;
                                    break;
                                }

                                if (bytes.SequenceEqual("patientsType"u8))
                                {
                                    c.Enter(CsdNames.PatientsType);
                                    matched = 7;
                                    break;
                                }

                                if (bytes.SequenceEqual("facilityType"u8))
                                {
                                    c.Enter(CsdNames.FacilityType);
                                    matched = 16;
                                    break;
                                }

                                goto default;
                            case 13:
                                if (bytes.SequenceEqual("receptionType"u8))
                                {
                                    c.Enter(CsdNames.ReceptionType);
                                    matched = 13;
                                    break;
                                }

                                if (bytes.SequenceEqual("receptionMode"u8))
                                {
                                    c.Enter(CsdNames.ReceptionMode);
                                    matched = 14;
                                    break;
                                }

                                if (bytes.SequenceEqual("sensitiveUnit"u8))
                                {
                                    c.Enter(CsdNames.SensitiveUnit);
                                    matched = 25;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("annualOpenning"u8))
                                {
                                    c.Enter(CsdNames.AnnualOpenning);
                                    matched = 19;
                                    break;
                                }

                                if (bytes.SequenceEqual("parentFacility"u8))
                                {
                                    c.Enter(CsdNames.ParentFacility);
                                    matched = 22;
                                    break;
                                }

                                if (bytes.SequenceEqual("managementType"u8))
                                {
                                    c.Enter(CsdNames.ManagementType);
                                    matched = 23;
                                    break;
                                }

                                goto default;
                            case 15:
                                if (bytes.SequenceEqual("resourcesSkills"u8))
                                {
                                    c.Enter(CsdNames.ResourcesSkills);
                                    matched = 11;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("finalClosingDate"u8))
                                {
                                    c.Enter(CsdNames.FinalClosingDate);
                                    matched = 3;
                                    break;
                                }

                                if (bytes.SequenceEqual("interventionZone"u8))
                                {
                                    c.Enter(CsdNames.InterventionZone);
                                    matched = 18;
                                    break;
                                }

                                goto default;
                            case 17:
                                if (bytes.SequenceEqual("psychiatricSector"u8))
                                {
                                    c.Enter(CsdNames.PsychiatricSector);
                                    matched = 20;
                                    break;
                                }

                                goto default;
                            case 20:
                                if (bytes.SequenceEqual("residentialCapactity"u8))
                                {
                                    c.Enter(CsdNames.ResidentialCapactity);
                                    matched = 10;
                                    break;
                                }

                                if (bytes.SequenceEqual("takingCareSpeciality"u8))
                                {
                                    c.Enter(CsdNames.TakingCareSpeciality);
                                    matched = 15;
                                    break;
                                }

                                goto default;
                            case 21:
                                if (bytes.SequenceEqual("accommodationCapacity"u8))
                                {
                                    c.Enter(CsdNames.AccommodationCapacity);
                                    matched = 8;
                                    break;
                                }

                                if (bytes.SequenceEqual("maternityHospitalType"u8))
                                {
                                    c.Enter(CsdNames.MaternityHospitalType);
                                    matched = 24;
                                    break;
                                }

                                goto default;
                            case 26:
                                if (bytes.SequenceEqual("crisisAccomodationCapacity"u8))
                                {
                                    c.Enter(CsdNames.CrisisAccomodationCapacity);
                                    matched = 9;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Contact)))
                {
                    eContacts.Add(ParseContact());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.MailBoxMSS)))
                {
                    eMailBoxes.Add(ParseMailBoxMss());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.FinalClosingDate)))
                {
                    if (eFinalClosingDate is not null)
                    {
                        c.Duplicate();
                    }

                    eFinalClosingDate = c.ReadDate();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.CreationDate)))
                {
                    if (eCreationDate is not null)
                    {
                        c.Duplicate();
                    }

                    eCreationDate = c.ReadDate();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.TypeActivity)))
                {
                    eActivityTypes.Add(ParseCodedType());
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.CareMode)))
                {
                    if (eCareMode is not null)
                    {
                        c.Duplicate();
                    }

                    eCareMode = ParseCodedType();
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.PatientsType)))
                {
                    if (ePatientType is not null)
                    {
                        c.Duplicate();
                    }

                    ePatientType = ParsePatientType();
                }
                else if (matched == 8 || (inCsd && c.Is(name, CsdNames.AccommodationCapacity)))
                {
                    if (eAccommodationCapacity is not null)
                    {
                        c.Duplicate();
                    }

                    eAccommodationCapacity = ParseAccommodationCapacity();
                }
                else if (matched == 9 || (inCsd && (c.Is(name, CsdNames.CrisisAccomodationCapacity) || c.IsAlias(name, CsdNames.CrisisAccommodationCapacity, CsdNames.CrisisAccomodationCapacity))))
                {
                    if (eCrisisAccommodationCapacity is not null)
                    {
                        c.Duplicate();
                    }

                    eCrisisAccommodationCapacity = ParseCrisisAccommodationCapacity();
                }
                else if (matched == 10 || (inCsd && (c.Is(name, CsdNames.ResidentialCapactity) || c.IsAlias(name, CsdNames.ResidentialCapacity, CsdNames.ResidentialCapactity))))
                {
                    eResidentialCapacities.Add(ParseResidentialCapacity());
                }
                else if (matched == 11 || (inCsd && (c.Is(name, CsdNames.ResourcesSkills) || c.IsAlias(name, CsdNames.RessourcesSkills, CsdNames.ResourcesSkills))))
                {
                    if (eResourceSkills is not null)
                    {
                        c.Duplicate();
                    }

                    eResourceSkills = ParseResourceSkills();
                }
                else if (matched == 12 || (inCsd && c.Is(name, CsdNames.Equipment)))
                {
                    eEquipment.Add(ParseEntityReference());
                }
                else if (matched == 13 || (inCsd && c.Is(name, CsdNames.ReceptionType)))
                {
                    if (eReceptionType is not null)
                    {
                        c.Duplicate();
                    }

                    eReceptionType = ParseCodedType();
                }
                else if (matched == 14 || (inCsd && c.Is(name, CsdNames.ReceptionMode)))
                {
                    if (eSequentialReception is not null)
                    {
                        c.Duplicate();
                    }

                    eSequentialReception = c.ReadBoolean();
                }
                else if (matched == 15 || (inCsd && c.Is(name, CsdNames.TakingCareSpeciality)))
                {
                    eCareSpecializations.Add(ParseCodedType());
                }
                else if (matched == 16 || (inCsd && c.Is(name, CsdNames.FacilityType)))
                {
                    if (eFacilityType is not null)
                    {
                        c.Duplicate();
                    }

                    eFacilityType = ParseCodedType();
                }
                else if (matched == 17 || (inCsd && c.Is(name, CsdNames.Location)))
                {
                    if (eLocation is not null)
                    {
                        c.Duplicate();
                    }

                    eLocation = ParseLocation();
                }
                else if (matched == 18 || (inCsd && c.Is(name, CsdNames.InterventionZone)))
                {
                    eInterventionZones.Add(ParseTerritorialDivision());
                }
                else if (matched == 19 || (inCsd && (c.Is(name, CsdNames.AnnualOpenning) || c.IsAlias(name, CsdNames.AnnualOpening, CsdNames.AnnualOpenning))))
                {
                    if (eAnnualOpening is not null)
                    {
                        c.Duplicate();
                    }

                    eAnnualOpening = ParseCodedType();
                }
                else if (matched == 20 || (inCsd && c.Is(name, CsdNames.PsychiatricSector)))
                {
                    ePsychiatricSectors.Add(c.ReadText());
                }
                else if (matched == 21 || (inCsd && c.Is(name, CsdNames.SpecificAct)))
                {
                    eSpecificActs.Add(ParseCodedType());
                }
                else if (matched == 22 || (inCsd && c.Is(name, CsdNames.ParentFacility)))
                {
                    if (eParentFacility is not null)
                    {
                        c.Duplicate();
                    }

                    eParentFacility = ParseEntityReference();
                }
                else if (matched == 23 || (inCsd && c.Is(name, CsdNames.ManagementType)))
                {
                    eManagementTypes.Add(ParseCodedType());
                }
                else if (matched == 24 || (inCsd && c.Is(name, CsdNames.MaternityHospitalType)))
                {
                    if (eMaternityType is not null)
                    {
                        c.Duplicate();
                    }

                    eMaternityType = ParseCodedType();
                }
                else if (matched == 25 || (inCsd && c.Is(name, CsdNames.SensitiveUnit)))
                {
                    if (eIsSensitiveUnit is not null)
                    {
                        c.Duplicate();
                    }

                    eIsSensitiveUnit = c.ReadBoolean();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eCareMode is null)
        {
            c.Missing(CsdNames.CareMode, depth);
        }

        if (ePatientType is null)
        {
            c.Missing(CsdNames.PatientsType, depth);
        }

        if (eIsSensitiveUnit is null)
        {
            c.Missing(CsdNames.SensitiveUnit, depth);
        }

        var result = new FacilityExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            Contacts = eContacts.Build(),
            MailBoxes = eMailBoxes.Build(),
            FinalClosingDate = eFinalClosingDate,
            CreationDate = eCreationDate,
            ActivityTypes = eActivityTypes.Build(),
            CareMode = eCareMode ?? Neutral.CodedType,
            PatientType = ePatientType ?? Neutral.PatientType,
            AccommodationCapacity = eAccommodationCapacity,
            CrisisAccommodationCapacity = eCrisisAccommodationCapacity,
            ResidentialCapacities = eResidentialCapacities.Build(),
            ResourceSkills = eResourceSkills,
            Equipment = eEquipment.Build(),
            ReceptionType = eReceptionType,
            SequentialReception = eSequentialReception,
            CareSpecializations = eCareSpecializations.Build(),
            FacilityType = eFacilityType,
            Location = eLocation,
            InterventionZones = eInterventionZones.Build(),
            AnnualOpening = eAnnualOpening,
            PsychiatricSectors = ePsychiatricSectors.Build(),
            SpecificActs = eSpecificActs.Build(),
            ParentFacility = eParentFacility,
            ManagementTypes = eManagementTypes.Build(),
            MaternityType = eMaternityType,
            IsSensitiveUnit = eIsSensitiveUnit ?? default,
            LocalElement = localElement,
            Type = aType ?? Neutral.FacilityExtension.Type,
            Urn = aUrn ?? Neutral.FacilityExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="FacilityOrganizationLink"/>.</summary>
    internal FacilityOrganizationLink ParseFacilityOrganizationLink()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        var eServices = default(ListBuilder<FacilityServiceLink>);
        var eExtensions = default(ListBuilder<GenericExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 7:
                                if (bytes.SequenceEqual("service"u8))
                                {
                                    c.Enter(CsdNames.Service);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Service)))
                {
                    eServices.Add(ParseFacilityServiceLink());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseGenericExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new FacilityOrganizationLink
        {
            EntityId = aEntityId ?? string.Empty,
            Services = eServices.Build(),
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="FacilityServiceLink"/>.</summary>
    internal FacilityServiceLink ParseFacilityServiceLink()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        var eNames = default(ListBuilder<Name>);
        var eLanguages = default(ListBuilder<CodedType>);
        var eOperatingHours = default(ListBuilder<OperatingHours>);
        string? eFreeBusyUri = null;
        var eExtensions = default(ListBuilder<GenericExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 4:
                                if (bytes.SequenceEqual("name"u8))
                                {
                                    c.Enter(CsdNames.Name);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("language"u8))
                                {
                                    c.Enter(CsdNames.Language);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("freeBusyURI"u8))
                                {
                                    c.Enter(CsdNames.FreeBusyURI);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("operatingHours"u8))
                                {
                                    c.Enter(CsdNames.OperatingHours);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Name)))
                {
                    eNames.Add(ParseName());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Language)))
                {
                    eLanguages.Add(ParseCodedType());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.OperatingHours)))
                {
                    eOperatingHours.Add(ParseOperatingHours());
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.FreeBusyURI)))
                {
                    if (eFreeBusyUri is not null)
                    {
                        c.Duplicate();
                    }

                    eFreeBusyUri = c.ReadText();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseGenericExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new FacilityServiceLink
        {
            EntityId = aEntityId ?? string.Empty,
            Names = eNames.Build(),
            Languages = eLanguages.Build(),
            OperatingHours = eOperatingHours.Build(),
            FreeBusyUri = eFreeBusyUri,
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="GenericExtension"/>.</summary>
    internal GenericExtension ParseGenericExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var name = r.LocalName;
                var inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                if (r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new GenericExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            LocalElement = localElement,
            Type = aType ?? Neutral.GenericExtension.Type,
            Urn = aUrn ?? Neutral.GenericExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="GeoCode"/>.</summary>
    internal GeoCode ParseGeoCode()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        decimal? eLatitude = null;
        decimal? eLongitude = null;
        string? eCoordinateSystem = null;
        var eExtensions = default(ListBuilder<GeoCodeExtension>);
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("latitude"u8))
                                {
                                    c.Enter(CsdNames.Latitude);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("longitude"u8))
                                {
                                    c.Enter(CsdNames.Longitude);
                                    matched = 2;
                                    break;
                                }

                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("coordinateSystem"u8))
                                {
                                    c.Enter(CsdNames.CoordinateSystem);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Latitude)))
                {
                    if (eLatitude is not null)
                    {
                        c.Duplicate();
                    }

                    eLatitude = c.ReadDecimal();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Longitude)))
                {
                    if (eLongitude is not null)
                    {
                        c.Duplicate();
                    }

                    eLongitude = c.ReadDecimal();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.CoordinateSystem)))
                {
                    if (eCoordinateSystem is not null)
                    {
                        c.Duplicate();
                    }

                    eCoordinateSystem = c.ReadText();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseGeoCodeExtension());
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eLatitude is null)
        {
            c.Missing(CsdNames.Latitude, depth);
        }

        if (eLongitude is null)
        {
            c.Missing(CsdNames.Longitude, depth);
        }

        if (eCoordinateSystem is null)
        {
            c.Missing(CsdNames.CoordinateSystem, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new GeoCode
        {
            Latitude = eLatitude ?? default,
            Longitude = eLongitude ?? default,
            CoordinateSystem = eCoordinateSystem ?? string.Empty,
            Extensions = eExtensions.Build(),
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="GeoCodeExtension"/>.</summary>
    internal GeoCodeExtension ParseGeoCodeExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        bool? eAreCoordinatesReliable = null;
        Metadata? eRecord = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 18:
                                if (bytes.SequenceEqual("coordonneesFiables"u8))
                                {
                                    c.Enter(CsdNames.CoordonneesFiables);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.CoordonneesFiables)))
                {
                    if (eAreCoordinatesReliable is not null)
                    {
                        c.Duplicate();
                    }

                    eAreCoordinatesReliable = c.ReadBoolean();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new GeoCodeExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            AreCoordinatesReliable = eAreCoordinatesReliable,
            Record = eRecord ?? Neutral.Metadata,
            LocalElement = localElement,
            Type = aType ?? Neutral.GeoCodeExtension.Type,
            Urn = aUrn ?? Neutral.GeoCodeExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="GetModificationsRequest"/>.</summary>
    internal GetModificationsRequest ParseGetModificationsRequest()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        DateTimeOffset? eLastModified = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 12:
                                if (bytes.SequenceEqual("lastModified"u8))
                                {
                                    c.Enter(CsdNames.LastModified);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.LastModified)))
                {
                    if (eLastModified is not null)
                    {
                        c.Duplicate();
                    }

                    eLastModified = c.ReadDateTime();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eLastModified is null)
        {
            c.Missing(CsdNames.LastModified, depth);
        }

        var result = new GetModificationsRequest
        {
            LastModified = eLastModified ?? default,
        };
        return result;
    }

    /// <summary>Reads a <see cref="GetModificationsResponse"/>.</summary>
    internal GetModificationsResponse ParseGetModificationsResponse()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CsdDocument? eDocument = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 3:
                                if (bytes.SequenceEqual("CSD"u8))
                                {
                                    c.Enter(CsdNames.CSD);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.CSD)))
                {
                    if (eDocument is not null)
                    {
                        c.Duplicate();
                    }

                    eDocument = ParseCsdDocument();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eDocument is null)
        {
            c.Missing(CsdNames.CSD, depth);
        }

        var result = new GetModificationsResponse
        {
            Document = eDocument ?? Neutral.CsdDocument,
        };
        return result;
    }

    /// <summary>Reads a <see cref="HomeDayPrice"/>.</summary>
    internal HomeDayPrice ParseHomeDayPrice()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CodedType? eSpecialPrice = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 12:
                                if (bytes.SequenceEqual("specialPrice"u8))
                                {
                                    c.Enter(CsdNames.SpecialPrice);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.SpecialPrice)))
                {
                    if (eSpecialPrice is not null)
                    {
                        c.Duplicate();
                    }

                    eSpecialPrice = ParseCodedType();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new HomeDayPrice
        {
            SpecialPrice = eSpecialPrice,
        };
        return result;
    }

    /// <summary>Reads a <see cref="HumanHelpPrice"/>.</summary>
    internal HumanHelpPrice ParseHumanHelpPrice()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        string? eName = null;
        CodedType? eManagementType = null;
        CodedType? eSpecialPrice = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 12:
                                if (bytes.SequenceEqual("specialPrice"u8))
                                {
                                    c.Enter(CsdNames.SpecialPrice);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("managementType"u8))
                                {
                                    c.Enter(CsdNames.ManagementType);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 18:
                                if (bytes.SequenceEqual("humanHelpPriceName"u8))
                                {
                                    c.Enter(CsdNames.HumanHelpPriceName);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.HumanHelpPriceName)))
                {
                    if (eName is not null)
                    {
                        c.Duplicate();
                    }

                    eName = c.ReadText();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.ManagementType)))
                {
                    if (eManagementType is not null)
                    {
                        c.Duplicate();
                    }

                    eManagementType = ParseCodedType();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.SpecialPrice)))
                {
                    if (eSpecialPrice is not null)
                    {
                        c.Duplicate();
                    }

                    eSpecialPrice = ParseCodedType();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eManagementType is null)
        {
            c.Missing(CsdNames.ManagementType, depth);
        }

        var result = new HumanHelpPrice
        {
            Name = eName,
            ManagementType = eManagementType ?? Neutral.CodedType,
            SpecialPrice = eSpecialPrice,
        };
        return result;
    }

    /// <summary>Reads a <see cref="InternalOrganizationOfferReadFunction"/>.</summary>
    internal InternalOrganizationOfferReadFunction ParseInternalOrganizationOfferReadFunction()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aUrn = null;
        bool? aEncapsulated = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 12:
                        if (bytes.SequenceEqual("encapsulated"u8))
                        {
                            aEncapsulated = c.AttributeBoolean();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Encapsulated))
                        {
                            aEncapsulated = c.AttributeBoolean();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Encapsulated))
                {
                    aEncapsulated = c.AttributeBoolean();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        if (aEncapsulated is null)
        {
            c.MissingAttribute(CsdNames.Encapsulated);
        }

        InternalOrganizationOfferReadParameters? eParameters = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 40:
                                if (bytes.SequenceEqual("TR_Lecture-OffreSanteOrganisationInterne"u8))
                                {
                                    c.Enter(CsdNames.TR_Lecture_OffreSanteOrganisationInterne);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.TR_Lecture_OffreSanteOrganisationInterne)))
                {
                    if (eParameters is not null)
                    {
                        c.Duplicate();
                    }

                    eParameters = ParseInternalOrganizationOfferReadParameters();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eParameters is null)
        {
            c.Missing(CsdNames.TR_Lecture_OffreSanteOrganisationInterne, depth);
        }

        var result = new InternalOrganizationOfferReadFunction
        {
            Parameters = eParameters ?? Neutral.InternalOrganizationOfferReadParameters,
            Urn = aUrn ?? Neutral.InternalOrganizationOfferReadFunction.Urn,
            Encapsulated = aEncapsulated ?? Neutral.InternalOrganizationOfferReadFunction.Encapsulated,
        };
        return result;
    }

    /// <summary>Reads a <see cref="InternalOrganizationOfferReadParameters"/>.</summary>
    internal InternalOrganizationOfferReadParameters ParseInternalOrganizationOfferReadParameters()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        OtherId? eInternalOrganizationId = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 14:
                                if (bytes.SequenceEqual("organisationID"u8))
                                {
                                    c.Enter(CsdNames.OrganisationID);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.OrganisationID)))
                {
                    if (eInternalOrganizationId is not null)
                    {
                        c.Duplicate();
                    }

                    eInternalOrganizationId = ParseOtherId();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eInternalOrganizationId is null)
        {
            c.Missing(CsdNames.OrganisationID, depth);
        }

        var result = new InternalOrganizationOfferReadParameters
        {
            InternalOrganizationId = eInternalOrganizationId ?? Neutral.OtherId,
        };
        return result;
    }

    /// <summary>Reads a <see cref="LocalizedName"/>.</summary>
    internal LocalizedName ParseLocalizedName()
    {
        var r = _reader;
        string? aLanguage = null;
        if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                if (c.Is(r.NamespaceURI, CsdNames.XmlNamespace) && c.Is(name, CsdNames.Lang))
                {
                    aLanguage = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        var text = c.ReadText();
        var result = new LocalizedName
        {
            Language = aLanguage,
            Value = text,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Location"/>.</summary>
    internal Location ParseLocation()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        string? eName = null;
        string? eDescription = null;
        CodedType? eStatus = null;
        Address? eAddress = null;
        GeoCode? eGeoCoordinates = null;
        CodedType? eCityNumber = null;
        decimal? eCalculatedDistance = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 4:
                                if (bytes.SequenceEqual("name"u8))
                                {
                                    c.Enter(CsdNames.Name);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 6:
                                if (bytes.SequenceEqual("status"u8))
                                {
                                    c.Enter(CsdNames.Status);
                                    matched = 3;
                                    break;
                                }

                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 8;
                                    break;
                                }

                                goto default;
                            case 7:
                                if (bytes.SequenceEqual("address"u8))
                                {
                                    c.Enter(CsdNames.Address);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("cityNumber"u8))
                                {
                                    c.Enter(CsdNames.CityNumber);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("description"u8))
                                {
                                    c.Enter(CsdNames.Description);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("geoCoordinates"u8))
                                {
                                    c.Enter(CsdNames.GeoCoordinates);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 18:
                                if (bytes.SequenceEqual("calculatedDistance"u8))
                                {
                                    c.Enter(CsdNames.CalculatedDistance);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Name)))
                {
                    if (eName is not null)
                    {
                        c.Duplicate();
                    }

                    eName = c.ReadText();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Description)))
                {
                    if (eDescription is not null)
                    {
                        c.Duplicate();
                    }

                    eDescription = c.ReadText();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Status)))
                {
                    if (eStatus is not null)
                    {
                        c.Duplicate();
                    }

                    eStatus = ParseCodedType();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.Address)))
                {
                    if (eAddress is not null)
                    {
                        c.Duplicate();
                    }

                    eAddress = ParseAddress();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.GeoCoordinates)))
                {
                    if (eGeoCoordinates is not null)
                    {
                        c.Duplicate();
                    }

                    eGeoCoordinates = ParseGeoCode();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.CityNumber)))
                {
                    if (eCityNumber is not null)
                    {
                        c.Duplicate();
                    }

                    eCityNumber = ParseCodedType();
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.CalculatedDistance)))
                {
                    if (eCalculatedDistance is not null)
                    {
                        c.Duplicate();
                    }

                    eCalculatedDistance = c.ReadDecimal();
                }
                else if (matched == 8 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eCityNumber is null)
        {
            c.Missing(CsdNames.CityNumber, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new Location
        {
            Name = eName,
            Description = eDescription,
            Status = eStatus,
            Address = eAddress,
            GeoCoordinates = eGeoCoordinates,
            CityNumber = eCityNumber ?? Neutral.CodedType,
            CalculatedDistance = eCalculatedDistance,
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="MailBoxMss"/>.</summary>
    internal MailBoxMss ParseMailBoxMss()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        ContactPoint? eContactPoint = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("contactPoint"u8))
                                {
                                    c.Enter(CsdNames.ContactPoint);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.ContactPoint)))
                {
                    if (eContactPoint is not null)
                    {
                        c.Duplicate();
                    }

                    eContactPoint = ParseContactPoint();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new MailBoxMss
        {
            ContactPoint = eContactPoint,
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="MealDeliveryPrice"/>.</summary>
    internal MealDeliveryPrice ParseMealDeliveryPrice()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CodedType? eSpecialPrice = null;
        string? eName = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 12:
                                if (bytes.SequenceEqual("specialPrice"u8))
                                {
                                    c.Enter(CsdNames.SpecialPrice);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("mealDeliveryName"u8))
                                {
                                    c.Enter(CsdNames.MealDeliveryName);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.SpecialPrice)))
                {
                    if (eSpecialPrice is not null)
                    {
                        c.Duplicate();
                    }

                    eSpecialPrice = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.MealDeliveryName)))
                {
                    if (eName is not null)
                    {
                        c.Duplicate();
                    }

                    eName = c.ReadText();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new MealDeliveryPrice
        {
            SpecialPrice = eSpecialPrice,
            Name = eName,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Measurement"/>.</summary>
    internal Measurement ParseMeasurement()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        int? eValue = null;
        CodedType? eUnit = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 4:
                                if (bytes.SequenceEqual("unit"u8))
                                {
                                    c.Enter(CsdNames.Unit);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 5:
                                if (bytes.SequenceEqual("value"u8))
                                {
                                    c.Enter(CsdNames.ValueElement);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.ValueElement)))
                {
                    if (eValue is not null)
                    {
                        c.Duplicate();
                    }

                    eValue = c.ReadInt32();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Unit)))
                {
                    if (eUnit is not null)
                    {
                        c.Duplicate();
                    }

                    eUnit = ParseCodedType();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eValue is null)
        {
            c.Missing(CsdNames.ValueElement, depth);
        }

        if (eUnit is null)
        {
            c.Missing(CsdNames.Unit, depth);
        }

        var result = new Measurement
        {
            Value = eValue ?? default,
            Unit = eUnit ?? Neutral.CodedType,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Metadata"/>.</summary>
    internal Metadata ParseMetadata()
    {
        var r = _reader;
        var u8 = c.Utf8;
        DateTimeOffset? aCreated = null;
        DateTimeOffset? aUpdated = null;
        string? aStatus = null;
        string? aSourceDirectory = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 6:
                        if (bytes.SequenceEqual("status"u8))
                        {
                            aStatus = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 7:
                        if (bytes.SequenceEqual("created"u8))
                        {
                            aCreated = c.AttributeDateTime();
                            break;
                        }

                        if (bytes.SequenceEqual("updated"u8))
                        {
                            aUpdated = c.AttributeDateTime();
                            break;
                        }

                        goto default;
                    case 15:
                        if (bytes.SequenceEqual("sourceDirectory"u8))
                        {
                            aSourceDirectory = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Created))
                        {
                            aCreated = c.AttributeDateTime();
                        }
                        else if (plain && c.Is(name, CsdNames.Updated))
                        {
                            aUpdated = c.AttributeDateTime();
                        }
                        else if (plain && c.Is(name, CsdNames.Status))
                        {
                            aStatus = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.SourceDirectory))
                        {
                            aSourceDirectory = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Created))
                {
                    aCreated = c.AttributeDateTime();
                }
                else if (plain && c.Is(name, CsdNames.Updated))
                {
                    aUpdated = c.AttributeDateTime();
                }
                else if (plain && c.Is(name, CsdNames.Status))
                {
                    aStatus = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.SourceDirectory))
                {
                    aSourceDirectory = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aCreated is null)
        {
            c.MissingAttribute(CsdNames.Created);
        }

        if (aUpdated is null)
        {
            c.MissingAttribute(CsdNames.Updated);
        }

        if (aStatus is null)
        {
            c.MissingAttribute(CsdNames.Status);
        }

        var eExtensions = default(ListBuilder<RecordExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 9:
                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseRecordExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new Metadata
        {
            Created = aCreated ?? default,
            Updated = aUpdated ?? default,
            Status = aStatus ?? string.Empty,
            SourceDirectory = aSourceDirectory,
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="Name"/>.</summary>
    internal Name ParseName()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        var eCommonNames = default(ListBuilder<string>);
        CodedType? eHonorific = null;
        string? eForename = null;
        var eOtherNames = default(ListBuilder<CodedType>);
        string? eSurname = null;
        string? eSuffix = null;
        var eExtensions = default(ListBuilder<NameExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("suffix"u8))
                                {
                                    c.Enter(CsdNames.Suffix);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 7:
                                if (bytes.SequenceEqual("surname"u8))
                                {
                                    c.Enter(CsdNames.Surname);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("forename"u8))
                                {
                                    c.Enter(CsdNames.Forename);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("honorific"u8))
                                {
                                    c.Enter(CsdNames.Honorific);
                                    matched = 2;
                                    break;
                                }

                                if (bytes.SequenceEqual("otherName"u8))
                                {
                                    c.Enter(CsdNames.OtherName);
                                    matched = 4;
                                    break;
                                }

                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("commonName"u8))
                                {
                                    c.Enter(CsdNames.CommonName);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.CommonName)))
                {
                    eCommonNames.Add(c.ReadText());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Honorific)))
                {
                    if (eHonorific is not null)
                    {
                        c.Duplicate();
                    }

                    eHonorific = ParseCodedType();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Forename)))
                {
                    if (eForename is not null)
                    {
                        c.Duplicate();
                    }

                    eForename = c.ReadText();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.OtherName)))
                {
                    eOtherNames.Add(ParseCodedType());
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.Surname)))
                {
                    if (eSurname is not null)
                    {
                        c.Duplicate();
                    }

                    eSurname = c.ReadText();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.Suffix)))
                {
                    if (eSuffix is not null)
                    {
                        c.Duplicate();
                    }

                    eSuffix = c.ReadText();
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseNameExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new Name
        {
            CommonNames = eCommonNames.Build(),
            Honorific = eHonorific,
            Forename = eForename,
            OtherNames = eOtherNames.Build(),
            Surname = eSurname,
            Suffix = eSuffix,
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="NameExtension"/>.</summary>
    internal NameExtension ParseNameExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        CodedType? eTitle = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 5:
                                if (bytes.SequenceEqual("title"u8))
                                {
                                    c.Enter(CsdNames.Title);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Title)))
                {
                    if (eTitle is not null)
                    {
                        c.Duplicate();
                    }

                    eTitle = ParseCodedType();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new NameExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            Title = eTitle,
            LocalElement = localElement,
            Type = aType ?? Neutral.NameExtension.Type,
            Urn = aUrn ?? Neutral.NameExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="NativePersonContact"/>.</summary>
    internal NativePersonContact ParseNativePersonContact()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        Person? ePerson = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("person"u8))
                                {
                                    c.Enter(CsdNames.Person);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Person)))
                {
                    if (ePerson is not null)
                    {
                        c.Duplicate();
                    }

                    ePerson = ParsePerson();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (ePerson is null)
        {
            c.Missing(CsdNames.Person, depth);
        }

        var result = new NativePersonContact
        {
            Person = ePerson ?? Neutral.Person,
        };
        return result;
    }

    /// <summary>Reads a <see cref="NativeProviderContact"/>.</summary>
    internal NativeProviderContact ParseNativeProviderContact()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        EntityReference? eProvider = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 8:
                                if (bytes.SequenceEqual("provider"u8))
                                {
                                    c.Enter(CsdNames.Provider);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Provider)))
                {
                    if (eProvider is not null)
                    {
                        c.Duplicate();
                    }

                    eProvider = ParseEntityReference();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eProvider is null)
        {
            c.Missing(CsdNames.Provider, depth);
        }

        var result = new NativeProviderContact
        {
            Provider = eProvider ?? Neutral.EntityReference,
        };
        return result;
    }

    /// <summary>Reads a <see cref="OperatingHours"/>.</summary>
    internal OperatingHours ParseOperatingHours()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        bool? eIsOpen = null;
        var eDaysOfWeek = default(ListBuilder<int>);
        TimeOnly? eBeginningHour = null;
        TimeOnly? eEndingHour = null;
        DateOnly? eBeginEffectiveDate = null;
        DateOnly? eEndEffectiveDate = null;
        var eExtensions = default(ListBuilder<OperatingHoursExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 8:
                                if (bytes.SequenceEqual("openFlag"u8))
                                {
                                    c.Enter(CsdNames.OpenFlag);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("endingHour"u8))
                                {
                                    c.Enter(CsdNames.EndingHour);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("dayOfTheWeek"u8))
                                {
                                    c.Enter(CsdNames.DayOfTheWeek);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 13:
                                if (bytes.SequenceEqual("beginningHour"u8))
                                {
                                    c.Enter(CsdNames.BeginningHour);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("endEffectiveDate"u8))
                                {
                                    c.Enter(CsdNames.EndEffectiveDate);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 18:
                                if (bytes.SequenceEqual("beginEffectiveDate"u8))
                                {
                                    c.Enter(CsdNames.BeginEffectiveDate);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.OpenFlag)))
                {
                    if (eIsOpen is not null)
                    {
                        c.Duplicate();
                    }

                    eIsOpen = c.ReadBoolean();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.DayOfTheWeek)))
                {
                    eDaysOfWeek.Add(c.ReadInt32());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.BeginningHour)))
                {
                    if (eBeginningHour is not null)
                    {
                        c.Duplicate();
                    }

                    eBeginningHour = c.ReadTime();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.EndingHour)))
                {
                    if (eEndingHour is not null)
                    {
                        c.Duplicate();
                    }

                    eEndingHour = c.ReadTime();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.BeginEffectiveDate)))
                {
                    if (eBeginEffectiveDate is not null)
                    {
                        c.Duplicate();
                    }

                    eBeginEffectiveDate = c.ReadDate();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.EndEffectiveDate)))
                {
                    if (eEndEffectiveDate is not null)
                    {
                        c.Duplicate();
                    }

                    eEndEffectiveDate = c.ReadDate();
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseOperatingHoursExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eIsOpen is null)
        {
            c.Missing(CsdNames.OpenFlag, depth);
        }

        if (eBeginEffectiveDate is null)
        {
            c.Missing(CsdNames.BeginEffectiveDate, depth);
        }

        var result = new OperatingHours
        {
            IsOpen = eIsOpen ?? default,
            DaysOfWeek = eDaysOfWeek.Build(),
            BeginningHour = eBeginningHour,
            EndingHour = eEndingHour,
            BeginEffectiveDate = eBeginEffectiveDate ?? default,
            EndEffectiveDate = eEndEffectiveDate,
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="OperatingHoursExtension"/>.</summary>
    internal OperatingHoursExtension ParseOperatingHoursExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        CodedType? eHoursType = null;
        Metadata? eRecord = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 18:
                                if (bytes.SequenceEqual("operatingHoursType"u8))
                                {
                                    c.Enter(CsdNames.OperatingHoursType);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.OperatingHoursType)))
                {
                    if (eHoursType is not null)
                    {
                        c.Duplicate();
                    }

                    eHoursType = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new OperatingHoursExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            HoursType = eHoursType,
            Record = eRecord ?? Neutral.Metadata,
            LocalElement = localElement,
            Type = aType ?? Neutral.OperatingHoursExtension.Type,
            Urn = aUrn ?? Neutral.OperatingHoursExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="OperationalStatus"/>.</summary>
    internal OperationalStatus ParseOperationalStatus()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CodedType? eExerciseModeInUnit = null;
        ContactPoint? eContactPoint = null;
        var eSpecificSkills = default(ListBuilder<CodedType>);
        OperatingHours? eOperatingHours = null;
        CodedType? eAgreementSector = null;
        bool? eContractOptionHealthCareAccess = null;
        bool? eVitaleCardAccepted = null;
        bool? eHomeVisit = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 9;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("homeVisit"u8))
                                {
                                    c.Enter(CsdNames.HomeVisit);
                                    matched = 8;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("contactPoint"u8))
                                {
                                    c.Enter(CsdNames.ContactPoint);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("specificSkills"u8))
                                {
                                    c.Enter(CsdNames.SpecificSkills);
                                    matched = 3;
                                    break;
                                }

                                if (bytes.SequenceEqual("operatingHours"u8))
                                {
                                    c.Enter(CsdNames.OperatingHours);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 15:
                                if (bytes.SequenceEqual("agreementSector"u8))
                                {
                                    c.Enter(CsdNames.AgreementSector);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 18:
                                if (bytes.SequenceEqual("exerciceModeInUnit"u8))
                                {
                                    c.Enter(CsdNames.ExerciceModeInUnit);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("vitaleCardAccepted"u8))
                                {
                                    c.Enter(CsdNames.VitaleCardAccepted);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 30:
                                if (bytes.SequenceEqual("contractOptionHealthCareAccess"u8))
                                {
                                    c.Enter(CsdNames.ContractOptionHealthCareAccess);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && (c.Is(name, CsdNames.ExerciceModeInUnit) || c.IsAlias(name, CsdNames.ExerciseModeInUnit, CsdNames.ExerciceModeInUnit))))
                {
                    if (eExerciseModeInUnit is not null)
                    {
                        c.Duplicate();
                    }

                    eExerciseModeInUnit = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.ContactPoint)))
                {
                    if (eContactPoint is not null)
                    {
                        c.Duplicate();
                    }

                    eContactPoint = ParseContactPoint();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.SpecificSkills)))
                {
                    eSpecificSkills.Add(ParseCodedType());
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.OperatingHours)))
                {
                    if (eOperatingHours is not null)
                    {
                        c.Duplicate();
                    }

                    eOperatingHours = ParseOperatingHours();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.AgreementSector)))
                {
                    if (eAgreementSector is not null)
                    {
                        c.Duplicate();
                    }

                    eAgreementSector = ParseCodedType();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.ContractOptionHealthCareAccess)))
                {
                    if (eContractOptionHealthCareAccess is not null)
                    {
                        c.Duplicate();
                    }

                    eContractOptionHealthCareAccess = c.ReadBoolean();
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.VitaleCardAccepted)))
                {
                    if (eVitaleCardAccepted is not null)
                    {
                        c.Duplicate();
                    }

                    eVitaleCardAccepted = c.ReadBoolean();
                }
                else if (matched == 8 || (inCsd && c.Is(name, CsdNames.HomeVisit)))
                {
                    if (eHomeVisit is not null)
                    {
                        c.Duplicate();
                    }

                    eHomeVisit = c.ReadBoolean();
                }
                else if (matched == 9 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eExerciseModeInUnit is null)
        {
            c.Missing(CsdNames.ExerciceModeInUnit, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new OperationalStatus
        {
            ExerciseModeInUnit = eExerciseModeInUnit ?? Neutral.CodedType,
            ContactPoint = eContactPoint,
            SpecificSkills = eSpecificSkills.Build(),
            OperatingHours = eOperatingHours,
            AgreementSector = eAgreementSector,
            ContractOptionHealthCareAccess = eContractOptionHealthCareAccess,
            VitaleCardAccepted = eVitaleCardAccepted,
            HomeVisit = eHomeVisit,
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Organization"/>.</summary>
    internal Organization ParseOrganization()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        var eOtherIds = default(ListBuilder<OtherId>);
        var eCodes = default(ListBuilder<CodedType>);
        string? ePrimaryName = null;
        var eOtherNames = default(ListBuilder<LocalizedName>);
        var eAddresses = default(ListBuilder<Address>);
        var eContacts = default(ListBuilder<NativeContact>);
        var eCredentials = default(ListBuilder<Credential>);
        var eLanguages = default(ListBuilder<CodedType>);
        var eSpecializations = default(ListBuilder<CodedType>);
        var eContactPoints = default(ListBuilder<ContactPoint>);
        EntityReference? eParent = null;
        var eExtensions = default(ListBuilder<OrganizationExtension>);
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("parent"u8))
                                {
                                    c.Enter(CsdNames.Parent);
                                    matched = 11;
                                    break;
                                }

                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 13;
                                    break;
                                }

                                goto default;
                            case 7:
                                if (bytes.SequenceEqual("otherID"u8))
                                {
                                    c.Enter(CsdNames.OtherID);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("address"u8))
                                {
                                    c.Enter(CsdNames.Address);
                                    matched = 5;
                                    break;
                                }

                                if (bytes.SequenceEqual("contact"u8))
                                {
                                    c.Enter(CsdNames.Contact);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("language"u8))
                                {
                                    c.Enter(CsdNames.Language);
                                    matched = 8;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("codedType"u8))
                                {
                                    c.Enter(CsdNames.CodedType);
                                    matched = 2;
                                    break;
                                }

                                if (bytes.SequenceEqual("otherName"u8))
                                {
                                    c.Enter(CsdNames.OtherName);
                                    matched = 4;
                                    break;
                                }

                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 12;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("credential"u8))
                                {
                                    c.Enter(CsdNames.Credential);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("primaryName"u8))
                                {
                                    c.Enter(CsdNames.PrimaryName);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("contactPoint"u8))
                                {
                                    c.Enter(CsdNames.ContactPoint);
                                    matched = 10;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("specialization"u8))
                                {
                                    c.Enter(CsdNames.Specialization);
                                    matched = 9;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.OtherID)))
                {
                    eOtherIds.Add(ParseOtherId());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.CodedType)))
                {
                    eCodes.Add(ParseCodedType());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.PrimaryName)))
                {
                    if (ePrimaryName is not null)
                    {
                        c.Duplicate();
                    }

                    ePrimaryName = c.ReadText();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.OtherName)))
                {
                    eOtherNames.Add(ParseLocalizedName());
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.Address)))
                {
                    eAddresses.Add(ParseAddress());
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.Contact)))
                {
                    if (ParseNativeContact() is { } item)
                    {
                        eContacts.Add(item);
                    }
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.Credential)))
                {
                    eCredentials.Add(ParseCredential());
                }
                else if (matched == 8 || (inCsd && c.Is(name, CsdNames.Language)))
                {
                    eLanguages.Add(ParseCodedType());
                }
                else if (matched == 9 || (inCsd && c.Is(name, CsdNames.Specialization)))
                {
                    eSpecializations.Add(ParseCodedType());
                }
                else if (matched == 10 || (inCsd && c.Is(name, CsdNames.ContactPoint)))
                {
                    eContactPoints.Add(ParseContactPoint());
                }
                else if (matched == 11 || (inCsd && c.Is(name, CsdNames.Parent)))
                {
                    if (eParent is not null)
                    {
                        c.Duplicate();
                    }

                    eParent = ParseEntityReference();
                }
                else if (matched == 12 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseOrganizationExtension());
                }
                else if (matched == 13 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (ePrimaryName is null)
        {
            c.Missing(CsdNames.PrimaryName, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new Organization
        {
            EntityId = aEntityId ?? string.Empty,
            OtherIds = eOtherIds.Build(),
            Codes = eCodes.Build(),
            PrimaryName = ePrimaryName ?? string.Empty,
            OtherNames = eOtherNames.Build(),
            Addresses = eAddresses.Build(),
            Contacts = eContacts.Build(),
            Credentials = eCredentials.Build(),
            Languages = eLanguages.Build(),
            Specializations = eSpecializations.Build(),
            ContactPoints = eContactPoints.Build(),
            Parent = eParent,
            Extensions = eExtensions.Build(),
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="OrganizationExtension"/>.</summary>
    internal OrganizationExtension ParseOrganizationExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        var eContacts = default(ListBuilder<Contact>);
        string? eUseName = null;
        var eHealthCareTerritories = default(ListBuilder<TerritorialDivision>);
        Location? eLocation = null;
        var ePrices = default(ListBuilder<Price>);
        bool? eDropZone = null;
        var eFinancialHelpTypes = default(ListBuilder<CodedType>);
        bool? eAccommodationForFamily = null;
        int? eTemporarySocialHelpPlaces = null;
        int? ePermanentSocialHelpPlaces = null;
        bool? eCareWithoutPatientApproval = null;
        DateOnly? eCreationDate = null;
        DateOnly? eClosingDate = null;
        CodedType? eClosingReason = null;
        CodedType? eAccessibilityLocation = null;
        CodedType? eOrsanRecourseLevel = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 5:
                                if (bytes.SequenceEqual("price"u8))
                                {
                                    c.Enter(CsdNames.Price);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 7:
                                if (bytes.SequenceEqual("contact"u8))
                                {
                                    c.Enter(CsdNames.Contact);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("useName"u8))
                                {
                                    c.Enter(CsdNames.UseName);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("location"u8))
                                {
                                    c.Enter(CsdNames.Location);
                                    matched = 4;
                                    break;
                                }

                                if (bytes.SequenceEqual("dropZone"u8))
                                {
                                    c.Enter(CsdNames.DropZone);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("closingDate"u8))
                                {
                                    c.Enter(CsdNames.ClosingDate);
                                    matched = 13;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("creationDate"u8))
                                {
                                    c.Enter(CsdNames.CreationDate);
                                    matched = 12;
                                    break;
                                }

                                goto default;
                            case 13:
                                if (bytes.SequenceEqual("closingReason"u8))
                                {
                                    c.Enter(CsdNames.ClosingReason);
                                    matched = 14;
                                    break;
                                }

                                goto default;
                            case 17:
                                if (bytes.SequenceEqual("financialHelpType"u8))
                                {
                                    c.Enter(CsdNames.FinancialHelpType);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 18:
                                if (bytes.SequenceEqual("accomodationFamily"u8))
                                {
                                    c.Enter(CsdNames.AccomodationFamily);
                                    matched = 8;
                                    break;
                                }

                                if (bytes.SequenceEqual("levelRecourseORSAN"u8))
                                {
                                    c.Enter(CsdNames.LevelRecourseORSAN);
                                    matched = 16;
                                    break;
                                }

                                goto default;
                            case 21:
                                if (bytes.SequenceEqual("healthCareTerritorial"u8))
                                {
                                    c.Enter(CsdNames.HealthCareTerritorial);
                                    matched = 3;
                                    break;
                                }

                                if (bytes.SequenceEqual("accessibilityLocation"u8))
                                {
                                    c.Enter(CsdNames.AccessibilityLocation);
                                    matched = 15;
                                    break;
                                }

                                goto default;
                            case 26:
                                if (bytes.SequenceEqual("nbPermanentSocialHelpPlace"u8))
                                {
                                    c.Enter(CsdNames.NbPermanentSocialHelpPlace);
                                    matched = 10;
                                    break;
                                }

                                if (bytes.SequenceEqual("careWithoutPatientApproval"u8))
                                {
                                    c.Enter(CsdNames.CareWithoutPatientApproval);
                                    matched = 11;
                                    break;
                                }

                                goto default;
                            case 27:
                                if (bytes.SequenceEqual("nbTemporarySocialeHelpPlace"u8))
                                {
                                    c.Enter(CsdNames.NbTemporarySocialeHelpPlace);
                                    matched = 9;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Contact)))
                {
                    eContacts.Add(ParseContact());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.UseName)))
                {
                    if (eUseName is not null)
                    {
                        c.Duplicate();
                    }

                    eUseName = c.ReadText();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.HealthCareTerritorial)))
                {
                    eHealthCareTerritories.Add(ParseTerritorialDivision());
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.Location)))
                {
                    if (eLocation is not null)
                    {
                        c.Duplicate();
                    }

                    eLocation = ParseLocation();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.Price)))
                {
                    ePrices.Add(ParsePrice());
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.DropZone)))
                {
                    if (eDropZone is not null)
                    {
                        c.Duplicate();
                    }

                    eDropZone = c.ReadBoolean();
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.FinancialHelpType)))
                {
                    eFinancialHelpTypes.Add(ParseCodedType());
                }
                else if (matched == 8 || (inCsd && (c.Is(name, CsdNames.AccomodationFamily) || c.IsAlias(name, CsdNames.AccommodationFamily, CsdNames.AccomodationFamily))))
                {
                    if (eAccommodationForFamily is not null)
                    {
                        c.Duplicate();
                    }

                    eAccommodationForFamily = c.ReadBoolean();
                }
                else if (matched == 9 || (inCsd && (c.Is(name, CsdNames.NbTemporarySocialeHelpPlace) || c.IsAlias(name, CsdNames.NbTemporarySocialHelpPlace, CsdNames.NbTemporarySocialeHelpPlace))))
                {
                    if (eTemporarySocialHelpPlaces is not null)
                    {
                        c.Duplicate();
                    }

                    eTemporarySocialHelpPlaces = c.ReadInt32();
                }
                else if (matched == 10 || (inCsd && c.Is(name, CsdNames.NbPermanentSocialHelpPlace)))
                {
                    if (ePermanentSocialHelpPlaces is not null)
                    {
                        c.Duplicate();
                    }

                    ePermanentSocialHelpPlaces = c.ReadInt32();
                }
                else if (matched == 11 || (inCsd && c.Is(name, CsdNames.CareWithoutPatientApproval)))
                {
                    if (eCareWithoutPatientApproval is not null)
                    {
                        c.Duplicate();
                    }

                    eCareWithoutPatientApproval = c.ReadBoolean();
                }
                else if (matched == 12 || (inCsd && c.Is(name, CsdNames.CreationDate)))
                {
                    if (eCreationDate is not null)
                    {
                        c.Duplicate();
                    }

                    eCreationDate = c.ReadDate();
                }
                else if (matched == 13 || (inCsd && c.Is(name, CsdNames.ClosingDate)))
                {
                    if (eClosingDate is not null)
                    {
                        c.Duplicate();
                    }

                    eClosingDate = c.ReadDate();
                }
                else if (matched == 14 || (inCsd && c.Is(name, CsdNames.ClosingReason)))
                {
                    if (eClosingReason is not null)
                    {
                        c.Duplicate();
                    }

                    eClosingReason = ParseCodedType();
                }
                else if (matched == 15 || (inCsd && c.Is(name, CsdNames.AccessibilityLocation)))
                {
                    if (eAccessibilityLocation is not null)
                    {
                        c.Duplicate();
                    }

                    eAccessibilityLocation = ParseCodedType();
                }
                else if (matched == 16 || (inCsd && c.Is(name, CsdNames.LevelRecourseORSAN)))
                {
                    if (eOrsanRecourseLevel is not null)
                    {
                        c.Duplicate();
                    }

                    eOrsanRecourseLevel = ParseCodedType();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new OrganizationExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            Contacts = eContacts.Build(),
            UseName = eUseName,
            HealthCareTerritories = eHealthCareTerritories.Build(),
            Location = eLocation,
            Prices = ePrices.Build(),
            DropZone = eDropZone,
            FinancialHelpTypes = eFinancialHelpTypes.Build(),
            AccommodationForFamily = eAccommodationForFamily,
            TemporarySocialHelpPlaces = eTemporarySocialHelpPlaces,
            PermanentSocialHelpPlaces = ePermanentSocialHelpPlaces,
            CareWithoutPatientApproval = eCareWithoutPatientApproval,
            CreationDate = eCreationDate,
            ClosingDate = eClosingDate,
            ClosingReason = eClosingReason,
            AccessibilityLocation = eAccessibilityLocation,
            OrsanRecourseLevel = eOrsanRecourseLevel,
            LocalElement = localElement,
            Type = aType ?? Neutral.OrganizationExtension.Type,
            Urn = aUrn ?? Neutral.OrganizationExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="OtherId"/>.</summary>
    internal OtherId ParseOtherId()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aCode = null;
        string? aAssigningAuthorityName = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 4:
                        if (bytes.SequenceEqual("code"u8))
                        {
                            aCode = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 22:
                        if (bytes.SequenceEqual("assigningAuthorityName"u8))
                        {
                            aAssigningAuthorityName = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Code))
                        {
                            aCode = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.AssigningAuthorityName))
                        {
                            aAssigningAuthorityName = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Code))
                {
                    aCode = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.AssigningAuthorityName))
                {
                    aAssigningAuthorityName = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aCode is null)
        {
            c.MissingAttribute(CsdNames.Code);
        }

        if (aAssigningAuthorityName is null)
        {
            c.MissingAttribute(CsdNames.AssigningAuthorityName);
        }

        var depth = r.Depth;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var name = r.LocalName;
                var inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                c.SkipUnknown();
            }
        }

        var result = new OtherId
        {
            Code = aCode ?? string.Empty,
            AssigningAuthorityName = aAssigningAuthorityName ?? string.Empty,
        };
        return result;
    }

    /// <summary>Reads a <see cref="OtherSurchargePrice"/>.</summary>
    internal OtherSurchargePrice ParseOtherSurchargePrice()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        string? eOtherName = null;
        CodedType? eSurchargeName = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 18:
                                if (bytes.SequenceEqual("surchargePriceName"u8))
                                {
                                    c.Enter(CsdNames.SurchargePriceName);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 23:
                                if (bytes.SequenceEqual("otherSurchargePriceName"u8))
                                {
                                    c.Enter(CsdNames.OtherSurchargePriceName);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.OtherSurchargePriceName)))
                {
                    if (eOtherName is not null)
                    {
                        c.Duplicate();
                    }

                    eOtherName = c.ReadText();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.SurchargePriceName)))
                {
                    if (eSurchargeName is not null)
                    {
                        c.Duplicate();
                    }

                    eSurchargeName = ParseCodedType();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eOtherName is null)
        {
            c.Missing(CsdNames.OtherSurchargePriceName, depth);
        }

        var result = new OtherSurchargePrice
        {
            OtherName = eOtherName ?? string.Empty,
            SurchargeName = eSurchargeName,
        };
        return result;
    }

    /// <summary>Reads a <see cref="PatientType"/>.</summary>
    internal PatientType ParsePatientType()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        var eSupportedPatients = default(ListBuilder<CodedType>);
        Measurement? eMinimumAge = null;
        Measurement? eMaximumAge = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 16:
                                if (bytes.SequenceEqual("supportedPatient"u8))
                                {
                                    c.Enter(CsdNames.SupportedPatient);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 17:
                                if (bytes.SequenceEqual("patientTypeAgeMin"u8))
                                {
                                    c.Enter(CsdNames.PatientTypeAgeMin);
                                    matched = 2;
                                    break;
                                }

                                if (bytes.SequenceEqual("patientTypeAgeMax"u8))
                                {
                                    c.Enter(CsdNames.PatientTypeAgeMax);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.SupportedPatient)))
                {
                    eSupportedPatients.Add(ParseCodedType());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.PatientTypeAgeMin)))
                {
                    if (eMinimumAge is not null)
                    {
                        c.Duplicate();
                    }

                    eMinimumAge = ParseMeasurement();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.PatientTypeAgeMax)))
                {
                    if (eMaximumAge is not null)
                    {
                        c.Duplicate();
                    }

                    eMaximumAge = ParseMeasurement();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eMinimumAge is null)
        {
            c.Missing(CsdNames.PatientTypeAgeMin, depth);
        }

        if (eMaximumAge is null)
        {
            c.Missing(CsdNames.PatientTypeAgeMax, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new PatientType
        {
            SupportedPatients = eSupportedPatients.Build(),
            MinimumAge = eMinimumAge ?? Neutral.Measurement,
            MaximumAge = eMaximumAge ?? Neutral.Measurement,
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Person"/>.</summary>
    internal Person ParsePerson()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        var eNames = default(ListBuilder<PersonName>);
        var eContactPoints = default(ListBuilder<ContactPoint>);
        var eAddresses = default(ListBuilder<Address>);
        string? eGender = null;
        DateOnly? eDateOfBirth = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 4:
                                if (bytes.SequenceEqual("name"u8))
                                {
                                    c.Enter(CsdNames.Name);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 6:
                                if (bytes.SequenceEqual("gender"u8))
                                {
                                    c.Enter(CsdNames.Gender);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 7:
                                if (bytes.SequenceEqual("address"u8))
                                {
                                    c.Enter(CsdNames.Address);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("dateOfBirth"u8))
                                {
                                    c.Enter(CsdNames.DateOfBirth);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("contactPoint"u8))
                                {
                                    c.Enter(CsdNames.ContactPoint);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Name)))
                {
                    eNames.Add(ParsePersonName());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.ContactPoint)))
                {
                    eContactPoints.Add(ParseContactPoint());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Address)))
                {
                    eAddresses.Add(ParseAddress());
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.Gender)))
                {
                    if (eGender is not null)
                    {
                        c.Duplicate();
                    }

                    eGender = c.ReadText();
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.DateOfBirth)))
                {
                    if (eDateOfBirth is not null)
                    {
                        c.Duplicate();
                    }

                    eDateOfBirth = c.ReadDate();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new Person
        {
            Names = eNames.Build(),
            ContactPoints = eContactPoints.Build(),
            Addresses = eAddresses.Build(),
            Gender = eGender,
            DateOfBirth = eDateOfBirth,
        };
        return result;
    }

    /// <summary>Reads a <see cref="PersonName"/>.</summary>
    internal PersonName ParsePersonName()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aLanguage = null;
        if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                if (c.Is(r.NamespaceURI, CsdNames.XmlNamespace) && c.Is(name, CsdNames.Lang))
                {
                    aLanguage = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        var eCommonNames = default(ListBuilder<string>);
        CodedType? eHonorific = null;
        string? eForename = null;
        var eOtherNames = default(ListBuilder<CodedType>);
        string? eSurname = null;
        string? eSuffix = null;
        var eExtensions = default(ListBuilder<NameExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("suffix"u8))
                                {
                                    c.Enter(CsdNames.Suffix);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 7:
                                if (bytes.SequenceEqual("surname"u8))
                                {
                                    c.Enter(CsdNames.Surname);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("forename"u8))
                                {
                                    c.Enter(CsdNames.Forename);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("honorific"u8))
                                {
                                    c.Enter(CsdNames.Honorific);
                                    matched = 2;
                                    break;
                                }

                                if (bytes.SequenceEqual("otherName"u8))
                                {
                                    c.Enter(CsdNames.OtherName);
                                    matched = 4;
                                    break;
                                }

                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("commonName"u8))
                                {
                                    c.Enter(CsdNames.CommonName);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.CommonName)))
                {
                    eCommonNames.Add(c.ReadText());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Honorific)))
                {
                    if (eHonorific is not null)
                    {
                        c.Duplicate();
                    }

                    eHonorific = ParseCodedType();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Forename)))
                {
                    if (eForename is not null)
                    {
                        c.Duplicate();
                    }

                    eForename = c.ReadText();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.OtherName)))
                {
                    eOtherNames.Add(ParseCodedType());
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.Surname)))
                {
                    if (eSurname is not null)
                    {
                        c.Duplicate();
                    }

                    eSurname = c.ReadText();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.Suffix)))
                {
                    if (eSuffix is not null)
                    {
                        c.Duplicate();
                    }

                    eSuffix = c.ReadText();
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseNameExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new PersonName
        {
            Language = aLanguage,
            CommonNames = eCommonNames.Build(),
            Honorific = eHonorific,
            Forename = eForename,
            OtherNames = eOtherNames.Build(),
            Surname = eSurname,
            Suffix = eSuffix,
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="PlaceCapacity"/>.</summary>
    internal PlaceCapacity ParsePlaceCapacity()
    {
        var r = _reader;
        var u8 = c.Utf8;
        int? aTotal = null;
        int? aAvailable = null;
        DateTimeOffset? aUpdateDate = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 5:
                        if (bytes.SequenceEqual("total"u8))
                        {
                            aTotal = c.AttributeInt32();
                            break;
                        }

                        goto default;
                    case 7:
                        if (bytes.SequenceEqual("avaible"u8))
                        {
                            aAvailable = c.AttributeInt32();
                            break;
                        }

                        goto default;
                    case 10:
                        if (bytes.SequenceEqual("updateDate"u8))
                        {
                            aUpdateDate = c.AttributeDateTime();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Total))
                        {
                            aTotal = c.AttributeInt32();
                        }
                        else if (plain && (c.Is(name, CsdNames.Avaible) || c.IsAlias(name, CsdNames.Available, CsdNames.Avaible)))
                        {
                            aAvailable = c.AttributeInt32();
                        }
                        else if (plain && c.Is(name, CsdNames.UpdateDate))
                        {
                            aUpdateDate = c.AttributeDateTime();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Total))
                {
                    aTotal = c.AttributeInt32();
                }
                else if (plain && (c.Is(name, CsdNames.Avaible) || c.IsAlias(name, CsdNames.Available, CsdNames.Avaible)))
                {
                    aAvailable = c.AttributeInt32();
                }
                else if (plain && c.Is(name, CsdNames.UpdateDate))
                {
                    aUpdateDate = c.AttributeDateTime();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        var depth = r.Depth;
        if (c.StartContent())
        {
            while (c.NextChild(depth))
            {
                var name = r.LocalName;
                var inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                c.SkipUnknown();
            }
        }

        var result = new PlaceCapacity
        {
            Total = aTotal,
            Available = aAvailable,
            UpdateDate = aUpdateDate,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Price"/>.</summary>
    internal Price ParsePrice()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CodedType? ePriceType = null;
        CodedType? ePriceUnit = null;
        PriceAmount? eAmount = null;
        DateOnly? eUpdateDate = null;
        PriceDetails? eDetails = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 5:
                                if (bytes.SequenceEqual("price"u8))
                                {
                                    c.Enter(CsdNames.Price);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 12;
                                    break;
                                }

                                goto default;
                            case 7:
                                if (bytes.SequenceEqual("homeDay"u8))
                                {
                                    c.Enter(CsdNames.HomeDay);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("priceType"u8))
                                {
                                    c.Enter(CsdNames.PriceType);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("priceUnit"u8))
                                {
                                    c.Enter(CsdNames.PriceUnit);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("updateDate"u8))
                                {
                                    c.Enter(CsdNames.UpdateDate);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("mealDelivery"u8))
                                {
                                    c.Enter(CsdNames.MealDelivery);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("humanHelpPrice"u8))
                                {
                                    c.Enter(CsdNames.HumanHelpPrice);
                                    matched = 10;
                                    break;
                                }

                                if (bytes.SequenceEqual("surchargePrice"u8))
                                {
                                    c.Enter(CsdNames.SurchargePrice);
                                    matched = 11;
                                    break;
                                }

                                goto default;
                            case 15:
                                if (bytes.SequenceEqual("dependencyPrice"u8))
                                {
                                    c.Enter(CsdNames.DependencyPrice);
                                    matched = 8;
                                    break;
                                }

                                goto default;
                            case 23:
                                if (bytes.SequenceEqual("basePackageAccomodation"u8))
                                {
                                    c.Enter(CsdNames.BasePackageAccomodation);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 25:
                                if (bytes.SequenceEqual("surchargePriceResidential"u8))
                                {
                                    c.Enter(CsdNames.SurchargePriceResidential);
                                    matched = 9;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.PriceType)))
                {
                    if (ePriceType is not null)
                    {
                        c.Duplicate();
                    }

                    ePriceType = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.PriceUnit)))
                {
                    if (ePriceUnit is not null)
                    {
                        c.Duplicate();
                    }

                    ePriceUnit = ParseCodedType();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Price)))
                {
                    if (eAmount is not null)
                    {
                        c.Duplicate();
                    }

                    eAmount = ParsePriceAmount();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.UpdateDate)))
                {
                    if (eUpdateDate is not null)
                    {
                        c.Duplicate();
                    }

                    eUpdateDate = c.ReadDate();
                }
                else if (matched == 5 || (inCsd && (c.Is(name, CsdNames.BasePackageAccomodation) || c.IsAlias(name, CsdNames.BasePackageAccommodation, CsdNames.BasePackageAccomodation))))
                {
                    if (eDetails is not null)
                    {
                        c.Duplicate();
                    }

                    eDetails = ParseBasePackageAccommodationPrice();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.MealDelivery)))
                {
                    if (eDetails is not null)
                    {
                        c.Duplicate();
                    }

                    eDetails = ParseMealDeliveryPrice();
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.HomeDay)))
                {
                    if (eDetails is not null)
                    {
                        c.Duplicate();
                    }

                    eDetails = ParseHomeDayPrice();
                }
                else if (matched == 8 || (inCsd && c.Is(name, CsdNames.DependencyPrice)))
                {
                    if (eDetails is not null)
                    {
                        c.Duplicate();
                    }

                    eDetails = ParseDependencyPrice();
                }
                else if (matched == 9 || (inCsd && c.Is(name, CsdNames.SurchargePriceResidential)))
                {
                    if (eDetails is not null)
                    {
                        c.Duplicate();
                    }

                    eDetails = ParseResidentialSurchargePrice();
                }
                else if (matched == 10 || (inCsd && c.Is(name, CsdNames.HumanHelpPrice)))
                {
                    if (eDetails is not null)
                    {
                        c.Duplicate();
                    }

                    eDetails = ParseHumanHelpPrice();
                }
                else if (matched == 11 || (inCsd && c.Is(name, CsdNames.SurchargePrice)))
                {
                    if (eDetails is not null)
                    {
                        c.Duplicate();
                    }

                    eDetails = ParseOtherSurchargePrice();
                }
                else if (matched == 12 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (ePriceType is null)
        {
            c.Missing(CsdNames.PriceType, depth);
        }

        if (ePriceUnit is null)
        {
            c.Missing(CsdNames.PriceUnit, depth);
        }

        if (eAmount is null)
        {
            c.Missing(CsdNames.Price, depth);
        }

        if (eDetails is null)
        {
            c.Missing("basePackageAccomodation | mealDelivery | homeDay | dependencyPrice | surchargePriceResidential | humanHelpPrice | surchargePrice", depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new Price
        {
            PriceType = ePriceType ?? Neutral.CodedType,
            PriceUnit = ePriceUnit ?? Neutral.CodedType,
            Amount = eAmount ?? Neutral.PriceAmount,
            UpdateDate = eUpdateDate,
            Details = eDetails ?? new HomeDayPrice(),
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="PriceAmount"/>.</summary>
    internal PriceAmount ParsePriceAmount()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        double? eAmount = null;
        CodedType? eCurrency = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("amount"u8))
                                {
                                    c.Enter(CsdNames.Amount);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("currency"u8))
                                {
                                    c.Enter(CsdNames.Currency);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Amount)))
                {
                    if (eAmount is not null)
                    {
                        c.Duplicate();
                    }

                    eAmount = c.ReadDouble();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Currency)))
                {
                    if (eCurrency is not null)
                    {
                        c.Duplicate();
                    }

                    eCurrency = ParseCodedType();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eAmount is null)
        {
            c.Missing(CsdNames.Amount, depth);
        }

        if (eCurrency is null)
        {
            c.Missing(CsdNames.Currency, depth);
        }

        var result = new PriceAmount
        {
            Amount = eAmount ?? default,
            Currency = eCurrency ?? Neutral.CodedType,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Provider"/>.</summary>
    internal Provider ParseProvider()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        var eOtherIds = default(ListBuilder<OtherId>);
        var eCodes = default(ListBuilder<CodedType>);
        Person? eDemographic = null;
        var eLanguages = default(ListBuilder<CodedType>);
        var eOrganizations = default(ListBuilder<ProviderOrganizationLink>);
        var eFacilities = default(ListBuilder<ProviderFacilityLink>);
        var eCredentials = default(ListBuilder<Credential>);
        CodedType? eSpecialty = null;
        var eExtensions = default(ListBuilder<ProviderExtension>);
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 10;
                                    break;
                                }

                                goto default;
                            case 7:
                                if (bytes.SequenceEqual("otherID"u8))
                                {
                                    c.Enter(CsdNames.OtherID);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("language"u8))
                                {
                                    c.Enter(CsdNames.Language);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("codedType"u8))
                                {
                                    c.Enter(CsdNames.CodedType);
                                    matched = 2;
                                    break;
                                }

                                if (bytes.SequenceEqual("specialty"u8))
                                {
                                    c.Enter(CsdNames.Specialty);
                                    matched = 8;
                                    break;
                                }

                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 9;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("facilities"u8))
                                {
                                    c.Enter(CsdNames.Facilities);
                                    matched = 6;
                                    break;
                                }

                                if (bytes.SequenceEqual("credential"u8))
                                {
                                    c.Enter(CsdNames.Credential);
                                    matched = 7;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("demographic"u8))
                                {
                                    c.Enter(CsdNames.Demographic);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 13:
                                if (bytes.SequenceEqual("organizations"u8))
                                {
                                    c.Enter(CsdNames.Organizations);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.OtherID)))
                {
                    eOtherIds.Add(ParseOtherId());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.CodedType)))
                {
                    eCodes.Add(ParseCodedType());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Demographic)))
                {
                    if (eDemographic is not null)
                    {
                        c.Duplicate();
                    }

                    eDemographic = ParsePerson();
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.Language)))
                {
                    eLanguages.Add(ParseCodedType());
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.Organizations)))
                {
                    var wrapperDepth = r.Depth;
                    if (c.StartContent())
                    {
                        while (c.NextChild(wrapperDepth))
                        {
                            if (c.InCsd && c.Is(r.LocalName, CsdNames.Organization))
                            {
                                eOrganizations.Add(ParseProviderOrganizationLink());
                            }
                            else
                            {
                                c.SkipUnknown();
                            }
                        }
                    }
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.Facilities)))
                {
                    var wrapperDepth = r.Depth;
                    if (c.StartContent())
                    {
                        while (c.NextChild(wrapperDepth))
                        {
                            if (c.InCsd && c.Is(r.LocalName, CsdNames.Facility))
                            {
                                eFacilities.Add(ParseProviderFacilityLink());
                            }
                            else
                            {
                                c.SkipUnknown();
                            }
                        }
                    }
                }
                else if (matched == 7 || (inCsd && c.Is(name, CsdNames.Credential)))
                {
                    eCredentials.Add(ParseCredential());
                }
                else if (matched == 8 || (inCsd && c.Is(name, CsdNames.Specialty)))
                {
                    if (eSpecialty is not null)
                    {
                        c.Duplicate();
                    }

                    eSpecialty = ParseCodedType();
                }
                else if (matched == 9 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseProviderExtension());
                }
                else if (matched == 10 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eDemographic is null)
        {
            c.Missing(CsdNames.Demographic, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new Provider
        {
            EntityId = aEntityId ?? string.Empty,
            OtherIds = eOtherIds.Build(),
            Codes = eCodes.Build(),
            Demographic = eDemographic ?? Neutral.Person,
            Languages = eLanguages.Build(),
            Organizations = eOrganizations.Build(),
            Facilities = eFacilities.Build(),
            Credentials = eCredentials.Build(),
            Specialty = eSpecialty,
            Extensions = eExtensions.Build(),
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="ProviderExtension"/>.</summary>
    internal ProviderExtension ParseProviderExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        OperationalStatus? eOperationalStatus = null;
        MailBoxMss? eMailBox = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 10:
                                if (bytes.SequenceEqual("mailBoxMSS"u8))
                                {
                                    c.Enter(CsdNames.MailBoxMSS);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 17:
                                if (bytes.SequenceEqual("operationalStatus"u8))
                                {
                                    c.Enter(CsdNames.OperationalStatus);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.OperationalStatus)))
                {
                    if (eOperationalStatus is not null)
                    {
                        c.Duplicate();
                    }

                    eOperationalStatus = ParseOperationalStatus();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.MailBoxMSS)))
                {
                    if (eMailBox is not null)
                    {
                        c.Duplicate();
                    }

                    eMailBox = ParseMailBoxMss();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eOperationalStatus is null)
        {
            c.Missing(CsdNames.OperationalStatus, depth);
        }

        var result = new ProviderExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            OperationalStatus = eOperationalStatus ?? Neutral.OperationalStatus,
            MailBox = eMailBox,
            LocalElement = localElement,
            Type = aType ?? Neutral.ProviderExtension.Type,
            Urn = aUrn ?? Neutral.ProviderExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="ProviderFacilityLink"/>.</summary>
    internal ProviderFacilityLink ParseProviderFacilityLink()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        var eServices = default(ListBuilder<ProviderServiceLink>);
        var eOperatingHours = default(ListBuilder<OperatingHours>);
        var eExtensions = default(ListBuilder<GenericExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 7:
                                if (bytes.SequenceEqual("service"u8))
                                {
                                    c.Enter(CsdNames.Service);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("operatingHours"u8))
                                {
                                    c.Enter(CsdNames.OperatingHours);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Service)))
                {
                    eServices.Add(ParseProviderServiceLink());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.OperatingHours)))
                {
                    eOperatingHours.Add(ParseOperatingHours());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseGenericExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new ProviderFacilityLink
        {
            EntityId = aEntityId ?? string.Empty,
            Services = eServices.Build(),
            OperatingHours = eOperatingHours.Build(),
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="ProviderOrganizationLink"/>.</summary>
    internal ProviderOrganizationLink ParseProviderOrganizationLink()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        var eExtensions = default(ListBuilder<GenericExtension>);
        var eAddresses = default(ListBuilder<Address>);
        var eContactPoints = default(ListBuilder<ContactPoint>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 7:
                                if (bytes.SequenceEqual("address"u8))
                                {
                                    c.Enter(CsdNames.Address);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("contactPoint"u8))
                                {
                                    c.Enter(CsdNames.ContactPoint);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseGenericExtension());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Address)))
                {
                    eAddresses.Add(ParseAddress());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.ContactPoint)))
                {
                    eContactPoints.Add(ParseContactPoint());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new ProviderOrganizationLink
        {
            EntityId = aEntityId ?? string.Empty,
            Extensions = eExtensions.Build(),
            Addresses = eAddresses.Build(),
            ContactPoints = eContactPoints.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="ProviderServiceLink"/>.</summary>
    internal ProviderServiceLink ParseProviderServiceLink()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        var eNames = default(ListBuilder<Name>);
        EntityReference? eOrganization = null;
        var eLanguages = default(ListBuilder<CodedType>);
        var eOperatingHours = default(ListBuilder<OperatingHours>);
        string? eFreeBusyUri = null;
        var eExtensions = default(ListBuilder<GenericExtension>);
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 4:
                                if (bytes.SequenceEqual("name"u8))
                                {
                                    c.Enter(CsdNames.Name);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 8:
                                if (bytes.SequenceEqual("language"u8))
                                {
                                    c.Enter(CsdNames.Language);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 6;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("freeBusyURI"u8))
                                {
                                    c.Enter(CsdNames.FreeBusyURI);
                                    matched = 5;
                                    break;
                                }

                                goto default;
                            case 12:
                                if (bytes.SequenceEqual("organization"u8))
                                {
                                    c.Enter(CsdNames.Organization);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("operatingHours"u8))
                                {
                                    c.Enter(CsdNames.OperatingHours);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Name)))
                {
                    eNames.Add(ParseName());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Organization)))
                {
                    if (eOrganization is not null)
                    {
                        c.Duplicate();
                    }

                    eOrganization = ParseEntityReference();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Language)))
                {
                    eLanguages.Add(ParseCodedType());
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.OperatingHours)))
                {
                    eOperatingHours.Add(ParseOperatingHours());
                }
                else if (matched == 5 || (inCsd && c.Is(name, CsdNames.FreeBusyURI)))
                {
                    if (eFreeBusyUri is not null)
                    {
                        c.Duplicate();
                    }

                    eFreeBusyUri = c.ReadText();
                }
                else if (matched == 6 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    eExtensions.Add(ParseGenericExtension());
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new ProviderServiceLink
        {
            EntityId = aEntityId ?? string.Empty,
            Names = eNames.Build(),
            Organization = eOrganization,
            Languages = eLanguages.Build(),
            OperatingHours = eOperatingHours.Build(),
            FreeBusyUri = eFreeBusyUri,
            Extensions = eExtensions.Build(),
        };
        return result;
    }

    /// <summary>Reads a <see cref="RecordExtension"/>.</summary>
    internal RecordExtension ParseRecordExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        string? eRecognition = null;
        string? eComments = null;
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 8:
                                if (bytes.SequenceEqual("comments"u8))
                                {
                                    c.Enter(CsdNames.Comments);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            case 11:
                                if (bytes.SequenceEqual("recognation"u8))
                                {
                                    c.Enter(CsdNames.Recognation);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && (c.Is(name, CsdNames.Recognation) || c.IsAlias(name, CsdNames.Recognition, CsdNames.Recognation))))
                {
                    if (eRecognition is not null)
                    {
                        c.Duplicate();
                    }

                    eRecognition = c.ReadText();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Comments)))
                {
                    if (eComments is not null)
                    {
                        c.Duplicate();
                    }

                    eComments = c.ReadText();
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new RecordExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            Recognition = eRecognition,
            Comments = eComments,
            LocalElement = localElement,
            Type = aType ?? Neutral.RecordExtension.Type,
            Urn = aUrn ?? Neutral.RecordExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="ResidentialCapacity"/>.</summary>
    internal ResidentialCapacity ParseResidentialCapacity()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CodedType? eResidentialType = null;
        int? eResidentialNumber = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 15:
                                if (bytes.SequenceEqual("residentialType"u8))
                                {
                                    c.Enter(CsdNames.ResidentialType);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 17:
                                if (bytes.SequenceEqual("residentialNumber"u8))
                                {
                                    c.Enter(CsdNames.ResidentialNumber);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.ResidentialType)))
                {
                    if (eResidentialType is not null)
                    {
                        c.Duplicate();
                    }

                    eResidentialType = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.ResidentialNumber)))
                {
                    if (eResidentialNumber is not null)
                    {
                        c.Duplicate();
                    }

                    eResidentialNumber = c.ReadInt32();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eResidentialType is null)
        {
            c.Missing(CsdNames.ResidentialType, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new ResidentialCapacity
        {
            ResidentialType = eResidentialType ?? Neutral.CodedType,
            ResidentialNumber = eResidentialNumber,
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="ResidentialSurchargePrice"/>.</summary>
    internal ResidentialSurchargePrice ParseResidentialSurchargePrice()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CodedType? eResidentialType = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 15:
                                if (bytes.SequenceEqual("residentialType"u8))
                                {
                                    c.Enter(CsdNames.ResidentialType);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.ResidentialType)))
                {
                    if (eResidentialType is not null)
                    {
                        c.Duplicate();
                    }

                    eResidentialType = ParseCodedType();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eResidentialType is null)
        {
            c.Missing(CsdNames.ResidentialType, depth);
        }

        var result = new ResidentialSurchargePrice
        {
            ResidentialType = eResidentialType ?? Neutral.CodedType,
        };
        return result;
    }

    /// <summary>Reads a <see cref="ResourceSkills"/>.</summary>
    internal ResourceSkills ParseResourceSkills()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        var eProfessions = default(ListBuilder<CodedType>);
        var eMedicalSpecialities = default(ListBuilder<CodedType>);
        var eSpecificSkills = default(ListBuilder<CodedType>);
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 4;
                                    break;
                                }

                                goto default;
                            case 10:
                                if (bytes.SequenceEqual("profession"u8))
                                {
                                    c.Enter(CsdNames.Profession);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 14:
                                if (bytes.SequenceEqual("specificSkills"u8))
                                {
                                    c.Enter(CsdNames.SpecificSkills);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 17:
                                if (bytes.SequenceEqual("medicalSpeciality"u8))
                                {
                                    c.Enter(CsdNames.MedicalSpeciality);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Profession)))
                {
                    eProfessions.Add(ParseCodedType());
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.MedicalSpeciality)))
                {
                    eMedicalSpecialities.Add(ParseCodedType());
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.SpecificSkills)))
                {
                    eSpecificSkills.Add(ParseCodedType());
                }
                else if (matched == 4 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new ResourceSkills
        {
            Professions = eProfessions.Build(),
            MedicalSpecialities = eMedicalSpecialities.Build(),
            SpecificSkills = eSpecificSkills.Build(),
            Record = eRecord,
        };
        return result;
    }

    /// <summary>Reads a <see cref="Service"/>.</summary>
    internal Service ParseService()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aEntityId = null;
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.EntityID))
                        {
                            aEntityId = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            c.UnknownAttribute();
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.EntityID))
                {
                    aEntityId = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    c.UnknownAttribute();
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aEntityId is null)
        {
            c.MissingAttribute(CsdNames.EntityID);
        }

        CodedType? eCode = null;
        ServiceExtension? eExtension = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("codedType"u8))
                                {
                                    c.Enter(CsdNames.CodedType);
                                    matched = 1;
                                    break;
                                }

                                if (bytes.SequenceEqual("extension"u8))
                                {
                                    c.Enter(CsdNames.Extension);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.CodedType)))
                {
                    if (eCode is not null)
                    {
                        c.Duplicate();
                    }

                    eCode = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.Extension)))
                {
                    if (eExtension is not null)
                    {
                        c.Duplicate();
                    }

                    eExtension = ParseServiceExtension();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eCode is null)
        {
            c.Missing(CsdNames.CodedType, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new Service
        {
            EntityId = aEntityId ?? string.Empty,
            Code = eCode ?? Neutral.CodedType,
            Extension = eExtension,
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Reads a <see cref="ServiceExtension"/>.</summary>
    internal ServiceExtension ParseServiceExtension()
    {
        var r = _reader;
        var u8 = c.Utf8;
        string? aType = null;
        string? aUrn = null;
        var extraAttributes = default(ListBuilder<ExtraAttribute>);
        if (u8 is not null)
        {
            var count = u8.AttributeCount;
            for (var i = 0; i < count; i++)
            {
                var bytes = u8.AttributeNameBytes(i);
                u8.MoveToAttribute(i);
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValue();
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValue();
                            break;
                        }

                        goto default;
                    default:
                        var name = r.LocalName;
                        var plain = c.IsPlainAttribute;
                        if (plain && c.Is(name, CsdNames.Type))
                        {
                            aType = c.AttributeValue();
                        }
                        else if (plain && c.Is(name, CsdNames.Urn))
                        {
                            aUrn = c.AttributeValue();
                        }
                        else if (!c.IsNamespaceDeclaration)
                        {
                            extraAttributes.Add(c.ExtraAttribute());
                        }

                        break;
                }
            }

            if (count > 0)
            {
                u8.MoveToElement();
            }
        }
        else if (r.MoveToFirstAttribute())
        {
            do
            {
                var name = r.LocalName;
                var plain = c.IsPlainAttribute;
                if (plain && c.Is(name, CsdNames.Type))
                {
                    aType = c.AttributeValue();
                }
                else if (plain && c.Is(name, CsdNames.Urn))
                {
                    aUrn = c.AttributeValue();
                }
                else if (!c.IsNamespaceDeclaration)
                {
                    extraAttributes.Add(c.ExtraAttribute());
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        if (aType is null)
        {
            c.MissingAttribute(CsdNames.Type);
        }

        if (aUrn is null)
        {
            c.MissingAttribute(CsdNames.Urn);
        }

        var eActivityFamilies = default(ListBuilder<CodedType>);
        string? localElement = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 9:
                                if (bytes.SequenceEqual("actFamily"u8))
                                {
                                    c.Enter(CsdNames.ActFamily);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.ActFamily)))
                {
                    eActivityFamilies.Add(ParseCodedType());
                }
                else if (matched == 0 && r.NamespaceURI.Length == 0)
                {
                    localElement = c.ReadOuterXml();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        var result = new ServiceExtension
        {
            ExtraAttributes = extraAttributes.Build(),
            ActivityFamilies = eActivityFamilies.Build(),
            LocalElement = localElement,
            Type = aType ?? Neutral.ServiceExtension.Type,
            Urn = aUrn ?? Neutral.ServiceExtension.Urn,
        };
        return result;
    }

    /// <summary>Reads a <see cref="TerritorialDivision"/>.</summary>
    internal TerritorialDivision ParseTerritorialDivision()
    {
        var r = _reader;
        var u8 = c.Utf8;
        c.NoAttributesExpected();
        CodedType? eType = null;
        CodedType? eCode = null;
        Metadata? eRecord = null;
        var depth = r.Depth;
        if (c.StartContent())
        {
            while (u8 is not null ? c.NextElement(depth) : c.NextChild(depth))
            {
                var matched = 0;
                if (u8 is not null)
                {
                    var bytes = u8.ElementNameBytes;
                    if (!c.InCsd)
                    {
                        c.Enter();
                    }
                    else
                    {
                        switch (bytes.Length)
                        {
                            case 4:
                                if (bytes.SequenceEqual("type"u8))
                                {
                                    c.Enter(CsdNames.Type);
                                    matched = 1;
                                    break;
                                }

                                goto default;
                            case 6:
                                if (bytes.SequenceEqual("record"u8))
                                {
                                    c.Enter(CsdNames.Record);
                                    matched = 3;
                                    break;
                                }

                                goto default;
                            case 9:
                                if (bytes.SequenceEqual("codedType"u8))
                                {
                                    c.Enter(CsdNames.CodedType);
                                    matched = 2;
                                    break;
                                }

                                goto default;
                            default:
                                c.Enter();
                                break;
                        }
                    }
                }

                string name = string.Empty;
                var inCsd = false;
                if (matched == 0)
                {
                    name = r.LocalName;
                    inCsd = c.Is(r.NamespaceURI, CsdNames.CsdNamespace);
                }

                if (matched == 1 || (inCsd && c.Is(name, CsdNames.Type)))
                {
                    if (eType is not null)
                    {
                        c.Duplicate();
                    }

                    eType = ParseCodedType();
                }
                else if (matched == 2 || (inCsd && c.Is(name, CsdNames.CodedType)))
                {
                    if (eCode is not null)
                    {
                        c.Duplicate();
                    }

                    eCode = ParseCodedType();
                }
                else if (matched == 3 || (inCsd && c.Is(name, CsdNames.Record)))
                {
                    if (eRecord is not null)
                    {
                        c.Duplicate();
                    }

                    eRecord = ParseMetadata();
                }
                else
                {
                    c.SkipUnknown();
                }
            }
        }

        if (eType is null)
        {
            c.Missing(CsdNames.Type, depth);
        }

        if (eCode is null)
        {
            c.Missing(CsdNames.CodedType, depth);
        }

        if (eRecord is null)
        {
            c.Missing(CsdNames.Record, depth);
        }

        var result = new TerritorialDivision
        {
            Type = eType ?? Neutral.CodedType,
            Code = eCode ?? Neutral.CodedType,
            Record = eRecord ?? Neutral.Metadata,
        };
        return result;
    }

    /// <summary>Documented neutral values of mandatory elements that are missing (always reported as <see cref="CsdDeviationKind.MissingElement"/>): empty strings, zero, false, default dates, and records whose mandatory members are neutral in turn.</summary>
    internal static class Neutral
    {
        public static readonly Metadata Metadata = new() { Created = default, Updated = default, Status = string.Empty };
        public static readonly AddressExtension AddressExtension = new() { Record = Neutral.Metadata };
        public static readonly CodedType CodedType = new() { Code = string.Empty, CodingScheme = string.Empty };
        public static readonly ContactPointExtension ContactPointExtension = new() { ConfidentialityLevel = Neutral.CodedType, Record = Neutral.Metadata };
        public static readonly CredentialExtension CredentialExtension = new() { Record = Neutral.Metadata };
        public static readonly CsdDocument CsdDocument = new();
        public static readonly DeviceExtension DeviceExtension = new();
        public static readonly EntityReference EntityReference = new() { EntityId = string.Empty };
        public static readonly OtherId OtherId = new() { Code = string.Empty, AssigningAuthorityName = string.Empty };
        public static readonly EstablishmentReadCriteria EstablishmentReadCriteria = new() { EstablishmentId = Neutral.OtherId };
        public static readonly EstablishmentOfferReadParameters EstablishmentOfferReadParameters = new() { Criteria = Neutral.EstablishmentReadCriteria };
        public static readonly EstablishmentOfferReadFunction EstablishmentOfferReadFunction = new() { Parameters = Neutral.EstablishmentOfferReadParameters };
        public static readonly EstablishmentsUpdatedSinceParameters EstablishmentsUpdatedSinceParameters = new() { ReferenceDate = default };
        public static readonly Measurement Measurement = new() { Value = default, Unit = Neutral.CodedType };
        public static readonly PatientType PatientType = new() { MinimumAge = Neutral.Measurement, MaximumAge = Neutral.Measurement, Record = Neutral.Metadata };
        public static readonly FacilityExtension FacilityExtension = new() { CareMode = Neutral.CodedType, PatientType = Neutral.PatientType, IsSensitiveUnit = default };
        public static readonly GenericExtension GenericExtension = new();
        public static readonly GeoCodeExtension GeoCodeExtension = new() { Record = Neutral.Metadata };
        public static readonly InternalOrganizationOfferReadParameters InternalOrganizationOfferReadParameters = new() { InternalOrganizationId = Neutral.OtherId };
        public static readonly InternalOrganizationOfferReadFunction InternalOrganizationOfferReadFunction = new() { Parameters = Neutral.InternalOrganizationOfferReadParameters };
        public static readonly NameExtension NameExtension = new();
        public static readonly OperatingHoursExtension OperatingHoursExtension = new() { Record = Neutral.Metadata };
        public static readonly OperationalStatus OperationalStatus = new() { ExerciseModeInUnit = Neutral.CodedType, Record = Neutral.Metadata };
        public static readonly OrganizationExtension OrganizationExtension = new();
        public static readonly Person Person = new();
        public static readonly PriceAmount PriceAmount = new() { Amount = default, Currency = Neutral.CodedType };
        public static readonly ProviderExtension ProviderExtension = new() { OperationalStatus = Neutral.OperationalStatus };
        public static readonly RecordExtension RecordExtension = new();
        public static readonly ServiceExtension ServiceExtension = new();
    }
}
