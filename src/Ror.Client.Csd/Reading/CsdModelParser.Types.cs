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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Beds))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Space))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eBeds is not null)
                        {
                            c.Duplicate();
                        }

                        eBeds = ParseBedCapacity();
                        break;
                    }

                    case 2:
                    {
                        if (ePlaces is not null)
                        {
                            c.Duplicate();
                        }

                        ePlaces = ParsePlaceCapacity();
                        break;
                    }

                    case 3:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 8:
                        if (bytes.SequenceEqual("language"u8))
                        {
                            aLanguage = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.AddressLine))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eLines.Add(ParseAddressLine());
                        break;
                    }

                    case 2:
                    {
                        eExtensions.Add(ParseAddressExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 1;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    case 2:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 4:
                        if (bytes.SequenceEqual("room"u8))
                        {
                            aRoom = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 5:
                        if (bytes.SequenceEqual("floor"u8))
                        {
                            aFloor = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("stair"u8))
                        {
                            aStair = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 7:
                        if (bytes.SequenceEqual("lineOne"u8))
                        {
                            aLineOne = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("lineTwo"u8))
                        {
                            aLineTwo = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("lineSix"u8))
                        {
                            aLineSix = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 8:
                        if (bytes.SequenceEqual("postCode"u8))
                        {
                            aPostCode = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("cityName"u8))
                        {
                            aCityName = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("lineFour"u8))
                        {
                            aLineFour = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("lineFive"u8))
                        {
                            aLineFive = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 9:
                        if (bytes.SequenceEqual("blockName"u8))
                        {
                            aBlockName = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("lineThree"u8))
                        {
                            aLineThree = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("component"u8))
                        {
                            aComponent = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 10:
                        if (bytes.SequenceEqual("streetType"u8))
                        {
                            aStreetType = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("streetName"u8))
                        {
                            aStreetName = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 11:
                        if (bytes.SequenceEqual("inHouseMail"u8))
                        {
                            aInHouseMail = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("countryName"u8))
                        {
                            aCountryName = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 12:
                        if (bytes.SequenceEqual("buildingName"u8))
                        {
                            aBuildingName = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("streetPrefix"u8))
                        {
                            aStreetPrefix = c.AttributeValueAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("streetSuffix"u8))
                        {
                            aStreetSuffix = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 13:
                        if (bytes.SequenceEqual("postOfficeBox"u8))
                        {
                            aPostOfficeBox = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 14:
                        if (bytes.SequenceEqual("buildingNumber"u8))
                        {
                            aBuildingNumber = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 18:
                        if (bytes.SequenceEqual("plotIdentification"u8))
                        {
                            aPlotIdentification = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 19:
                        if (bytes.SequenceEqual("citySubDivisionName"u8))
                        {
                            aCitySubDivisionName = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 22:
                        if (bytes.SequenceEqual("countrySubDivisionName"u8))
                        {
                            aCountrySubDivisionName = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Under60))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.DeliveryIncluded))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.OthersDeliveryIncluded))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ResidentialType))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SpecialPrice))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.WelcomeType))
                    {
                        matched = 6;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eUnder60 is not null)
                        {
                            c.Duplicate();
                        }

                        eUnder60 = c.ReadBoolean();
                        break;
                    }

                    case 2:
                    {
                        eIncludedServices.Add(ParseCodedType());
                        break;
                    }

                    case 3:
                    {
                        eOtherIncludedServices.Add(c.ReadText());
                        break;
                    }

                    case 4:
                    {
                        if (eResidentialType is not null)
                        {
                            c.Duplicate();
                        }

                        eResidentialType = ParseCodedType();
                        break;
                    }

                    case 5:
                    {
                        if (eSpecialPrice is not null)
                        {
                            c.Duplicate();
                        }

                        eSpecialPrice = ParseCodedType();
                        break;
                    }

                    case 6:
                    {
                        if (eWelcomeType is not null)
                        {
                            c.Duplicate();
                        }

                        eWelcomeType = ParseCodedType();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 5:
                        if (bytes.SequenceEqual("total"u8))
                        {
                            aTotal = c.AttributeInt32At(i);
                            break;
                        }

                        goto default;
                    case 7:
                        if (bytes.SequenceEqual("avaible"u8))
                        {
                            aAvailable = c.AttributeInt32At(i);
                            break;
                        }

                        goto default;
                    case 10:
                        if (bytes.SequenceEqual("updateDate"u8))
                        {
                            aUpdateDate = c.AttributeDateTimeAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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
                switch (bytes.Length)
                {
                    case 12:
                        if (bytes.SequenceEqual("encapsulated"u8))
                        {
                            aEncapsulated = c.AttributeBooleanAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("content-type"u8))
                        {
                            aContentType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 6:
                        if (bytes.SequenceEqual("schema"u8))
                        {
                            aSchemaUris = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 12:
                        if (bytes.SequenceEqual("content-type"u8))
                        {
                            aContentType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Description))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Definition))
                    {
                        matched = 2;
                    }
                    else if (c.Is(r.NamespaceURI, CsdNames.XFormsNamespace) && c.Is(name, CsdNames.Instance))
                    {
                        matched = 4;
                    }
                    else if (c.Is(r.NamespaceURI, CsdNames.XmlSchemaNamespace) && c.Is(name, CsdNames.Schema))
                    {
                        matched = 5;
                    }
                    else if (c.Is(r.NamespaceURI, CsdNames.XFormsNamespace) && c.Is(name, CsdNames.Bind))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eDescription is not null)
                        {
                            c.Duplicate();
                        }

                        eDescription = c.ReadInnerXml();
                        break;
                    }

                    case 2:
                    {
                        if (eDefinition is not null)
                        {
                            c.Duplicate();
                        }

                        eDefinition = c.ReadText();
                        break;
                    }

                    case 4:
                    {
                        if (eInstance is not null)
                        {
                            c.Duplicate();
                        }

                        eInstance = c.ReadOuterXml();
                        break;
                    }

                    case 5:
                    {
                        if (eSchema is not null)
                        {
                            c.Duplicate();
                        }

                        eSchema = c.ReadOuterXml();
                        break;
                    }

                    case 6:
                    {
                        eBindings.Add(c.ReadOuterXml());
                        break;
                    }

                    case 3:
                    {
                        eExtensions.Add(ParseGenericExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Expression))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Function))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eQuery is not null)
                        {
                            c.Duplicate();
                        }

                        eQuery = ParseCareServicesExpression();
                        break;
                    }

                    case 2:
                    {
                        if (eQuery is not null)
                        {
                            c.Duplicate();
                        }

                        eQuery = ParseCareServicesFunctionCall();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 12:
                        if (bytes.SequenceEqual("content-type"u8))
                        {
                            aContentType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Error))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Result))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eOutcome is not null)
                        {
                            c.Duplicate();
                        }

                        eOutcome = ParseCsdError();
                        break;
                    }

                    case 2:
                    {
                        if (eOutcome is not null)
                        {
                            c.Duplicate();
                        }

                        eOutcome = ParseCareServicesResult();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.FacilityNumber))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.QueryResult))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eFacilityNumber is not null)
                        {
                            c.Duplicate();
                        }

                        eFacilityNumber = c.ReadInt32();
                        break;
                    }

                    case 2:
                    {
                        if (eQueryResult is not null)
                        {
                            c.Duplicate();
                        }

                        eQueryResult = ParseCsdDocument();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 4:
                        if (bytes.SequenceEqual("code"u8))
                        {
                            aCode = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 12:
                        if (bytes.SequenceEqual("codingScheme"u8))
                        {
                            aCodingScheme = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Name))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Function))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Nature))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Description))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ConfidentialityLevel))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ContactPoint))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 7;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eName is not null)
                        {
                            c.Duplicate();
                        }

                        eName = c.ReadText();
                        break;
                    }

                    case 2:
                    {
                        if (eFunction is not null)
                        {
                            c.Duplicate();
                        }

                        eFunction = ParseCodedType();
                        break;
                    }

                    case 3:
                    {
                        if (eNature is not null)
                        {
                            c.Duplicate();
                        }

                        eNature = ParseCodedType();
                        break;
                    }

                    case 4:
                    {
                        if (eDescription is not null)
                        {
                            c.Duplicate();
                        }

                        eDescription = c.ReadText();
                        break;
                    }

                    case 5:
                    {
                        if (eConfidentialityLevel is not null)
                        {
                            c.Duplicate();
                        }

                        eConfidentialityLevel = ParseCodedType();
                        break;
                    }

                    case 6:
                    {
                        eContactPoints.Add(ParseContactPoint());
                        break;
                    }

                    case 7:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.CodedType))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Equipment))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Purpose))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Certificate))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 5;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eChannel is not null)
                        {
                            c.Duplicate();
                        }

                        eChannel = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eEquipment is not null)
                        {
                            c.Duplicate();
                        }

                        eEquipment = c.ReadText();
                        break;
                    }

                    case 3:
                    {
                        if (ePurpose is not null)
                        {
                            c.Duplicate();
                        }

                        ePurpose = c.ReadText();
                        break;
                    }

                    case 4:
                    {
                        if (eCertificate is not null)
                        {
                            c.Duplicate();
                        }

                        eCertificate = c.ReadText();
                        break;
                    }

                    case 5:
                    {
                        eExtensions.Add(ParseContactPointExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.ConfidentialityLevel))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 2;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eConfidentialityLevel is not null)
                        {
                            c.Duplicate();
                        }

                        eConfidentialityLevel = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    case 3:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.CodedType))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Number))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.IssuingAuthority))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CredentialIssueDate))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CredentialRenewalDate))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 6;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eType is not null)
                        {
                            c.Duplicate();
                        }

                        eType = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eNumber is not null)
                        {
                            c.Duplicate();
                        }

                        eNumber = c.ReadText();
                        break;
                    }

                    case 3:
                    {
                        if (eIssuingAuthority is not null)
                        {
                            c.Duplicate();
                        }

                        eIssuingAuthority = c.ReadText();
                        break;
                    }

                    case 4:
                    {
                        if (eIssueDate is not null)
                        {
                            c.Duplicate();
                        }

                        eIssueDate = c.ReadDate();
                        break;
                    }

                    case 5:
                    {
                        if (eRenewalDate is not null)
                        {
                            c.Duplicate();
                        }

                        eRenewalDate = c.ReadDate();
                        break;
                    }

                    case 6:
                    {
                        eExtensions.Add(ParseCredentialExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Speciality))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Competence))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ExclusiveCompetence))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ParticularSkills))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Capacity))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.QualificationPAC))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.DESCNonQualifiant))
                    {
                        matched = 7;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ComplementarySkills))
                    {
                        matched = 8;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 9;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 10;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eSpeciality is not null)
                        {
                            c.Duplicate();
                        }

                        eSpeciality = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eCompetence is not null)
                        {
                            c.Duplicate();
                        }

                        eCompetence = ParseCodedType();
                        break;
                    }

                    case 3:
                    {
                        if (eExclusiveCompetence is not null)
                        {
                            c.Duplicate();
                        }

                        eExclusiveCompetence = ParseCodedType();
                        break;
                    }

                    case 4:
                    {
                        if (eParticularSkills is not null)
                        {
                            c.Duplicate();
                        }

                        eParticularSkills = ParseCodedType();
                        break;
                    }

                    case 5:
                    {
                        if (eCapacity is not null)
                        {
                            c.Duplicate();
                        }

                        eCapacity = ParseCodedType();
                        break;
                    }

                    case 6:
                    {
                        if (ePacQualification is not null)
                        {
                            c.Duplicate();
                        }

                        ePacQualification = ParseCodedType();
                        break;
                    }

                    case 7:
                    {
                        if (eNonQualifyingDesc is not null)
                        {
                            c.Duplicate();
                        }

                        eNonQualifyingDesc = ParseCodedType();
                        break;
                    }

                    case 8:
                    {
                        if (eComplementarySkills is not null)
                        {
                            c.Duplicate();
                        }

                        eComplementarySkills = ParseCodedType();
                        break;
                    }

                    case 9:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    case 10:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.CrisisCapacityT0))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CrisisCapacityT60))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eCapacityAtT0 is not null)
                        {
                            c.Duplicate();
                        }

                        eCapacityAtT0 = c.ReadInt32();
                        break;
                    }

                    case 2:
                    {
                        if (eCapacityAtT60 is not null)
                        {
                            c.Duplicate();
                        }

                        eCapacityAtT60 = c.ReadInt32();
                        break;
                    }

                    case 3:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.OrganizationDirectory))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ServiceDirectory))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.FacilityDirectory))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ProviderDirectory))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.DeviceDirectory))
                    {
                        matched = 5;
                    }
                }

                switch (matched)
                {
                    case 1:
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
                        break;
                    }

                    case 2:
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
                        break;
                    }

                    case 3:
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
                        break;
                    }

                    case 4:
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
                        break;
                    }

                    case 5:
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
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 4:
                        if (bytes.SequenceEqual("code"u8))
                        {
                            aCode = c.AttributeInt32At(i);
                            break;
                        }

                        goto default;
                    case 7:
                        if (bytes.SequenceEqual("message"u8))
                        {
                            aMessage = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.DependencyLevel))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.WelcomeType))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eDependencyLevel is not null)
                        {
                            c.Duplicate();
                        }

                        eDependencyLevel = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eWelcomeType is not null)
                        {
                            c.Duplicate();
                        }

                        eWelcomeType = ParseCodedType();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.OtherID))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CodedType))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 4;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eOtherIds.Add(ParseOtherId());
                        break;
                    }

                    case 2:
                    {
                        if (eCode is not null)
                        {
                            c.Duplicate();
                        }

                        eCode = ParseCodedType();
                        break;
                    }

                    case 3:
                    {
                        if (eExtension is not null)
                        {
                            c.Duplicate();
                        }

                        eExtension = ParseDeviceExtension();
                        break;
                    }

                    case 4:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.NbInService))
                    {
                        matched = 1;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eUnitsInService is not null)
                        {
                            c.Duplicate();
                        }

                        eUnitsInService = c.ReadInt32();
                        break;
                    }

                    case 2:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Id_etablissement))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.DateRef))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.TypeActivity))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SupportedPatient))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.RestrictedOrganisation))
                    {
                        matched = 5;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eEstablishmentId is not null)
                        {
                            c.Duplicate();
                        }

                        eEstablishmentId = ParseOtherId();
                        break;
                    }

                    case 2:
                    {
                        if (eReferenceDate is not null)
                        {
                            c.Duplicate();
                        }

                        eReferenceDate = c.ReadDateTime();
                        break;
                    }

                    case 3:
                    {
                        eActivityTypes.Add(ParseCodedType());
                        break;
                    }

                    case 4:
                    {
                        eSupportedPatients.Add(ParseCodedType());
                        break;
                    }

                    case 5:
                    {
                        if (eRestrictedOrganization is not null)
                        {
                            c.Duplicate();
                        }

                        eRestrictedOrganization = c.ReadBoolean();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 12:
                        if (bytes.SequenceEqual("encapsulated"u8))
                        {
                            aEncapsulated = c.AttributeBooleanAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.TR_Lecture_OffresSanteEtablissement))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eParameters is not null)
                        {
                            c.Duplicate();
                        }

                        eParameters = ParseEstablishmentOfferReadParameters();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.EtablissementDemandeLecture))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eCriteria is not null)
                        {
                            c.Duplicate();
                        }

                        eCriteria = ParseEstablishmentReadCriteria();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Id_etablissement))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.DateRef))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.TypeActivity))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SupportedPatient))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.RestrictedOrganisation))
                    {
                        matched = 5;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eEstablishmentId is not null)
                        {
                            c.Duplicate();
                        }

                        eEstablishmentId = ParseOtherId();
                        break;
                    }

                    case 2:
                    {
                        if (eReferenceDate is not null)
                        {
                            c.Duplicate();
                        }

                        eReferenceDate = c.ReadDateTime();
                        break;
                    }

                    case 3:
                    {
                        eActivityTypes.Add(ParseCodedType());
                        break;
                    }

                    case 4:
                    {
                        eSupportedPatients.Add(ParseCodedType());
                        break;
                    }

                    case 5:
                    {
                        if (eRestrictedOrganization is not null)
                        {
                            c.Duplicate();
                        }

                        eRestrictedOrganization = c.ReadBoolean();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.DateRef))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.TypeActivity))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SupportedPatient))
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eReferenceDate is not null)
                        {
                            c.Duplicate();
                        }

                        eReferenceDate = c.ReadDateTime();
                        break;
                    }

                    case 2:
                    {
                        eActivityTypes.Add(ParseCodedType());
                        break;
                    }

                    case 3:
                    {
                        eSupportedPatients.Add(ParseCodedType());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Params))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eParameters is not null)
                        {
                            c.Duplicate();
                        }

                        eParameters = ParseEstablishmentsUpdatedSinceParameters();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.EtablissementReponseNotif))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Result))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eEntries.Add(ParseEstablishmentUpdateNotice());
                        break;
                    }

                    case 2:
                    {
                        if (eResult is not null)
                        {
                            c.Duplicate();
                        }

                        eResult = c.ReadInt32();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Id_etablissement))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.TypeActivity))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.RestrictedOrganisation))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SupportedPatient))
                    {
                        matched = 4;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eEstablishmentId is not null)
                        {
                            c.Duplicate();
                        }

                        eEstablishmentId = ParseOtherId();
                        break;
                    }

                    case 2:
                    {
                        eActivityTypes.Add(ParseCodedType());
                        break;
                    }

                    case 3:
                    {
                        if (eRestrictedOrganization is not null)
                        {
                            c.Duplicate();
                        }

                        eRestrictedOrganization = c.ReadBoolean();
                        break;
                    }

                    case 4:
                    {
                        c.Tolerated(CsdNames.SupportedPatient);
                        eSupportedPatients.Add(ParseCodedType());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.OtherID))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CodedType))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.PrimaryName))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.OtherName))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Address))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Contact))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Geocode))
                    {
                        matched = 7;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Language))
                    {
                        matched = 8;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ContactPoint))
                    {
                        matched = 9;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Organizations))
                    {
                        matched = 10;
                    }
                    else if (inCsd && c.Is(name, CsdNames.OperatingHours))
                    {
                        matched = 11;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 12;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 13;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eOtherIds.Add(ParseOtherId());
                        break;
                    }

                    case 2:
                    {
                        eCodes.Add(ParseCodedType());
                        break;
                    }

                    case 3:
                    {
                        if (ePrimaryName is not null)
                        {
                            c.Duplicate();
                        }

                        ePrimaryName = c.ReadText();
                        break;
                    }

                    case 4:
                    {
                        eOtherNames.Add(ParseLocalizedName());
                        break;
                    }

                    case 5:
                    {
                        eAddresses.Add(ParseAddress());
                        break;
                    }

                    case 6:
                    {
                        if (ParseNativeContact() is { } item)
                        {
                            eContacts.Add(item);
                        }
                        break;
                    }

                    case 7:
                    {
                        if (eGeoCode is not null)
                        {
                            c.Duplicate();
                        }

                        eGeoCode = ParseGeoCode();
                        break;
                    }

                    case 8:
                    {
                        eLanguages.Add(ParseCodedType());
                        break;
                    }

                    case 9:
                    {
                        eContactPoints.Add(ParseContactPoint());
                        break;
                    }

                    case 10:
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
                        break;
                    }

                    case 11:
                    {
                        eOperatingHours.Add(ParseOperatingHours());
                        break;
                    }

                    case 12:
                    {
                        eExtensions.Add(ParseFacilityExtension());
                        break;
                    }

                    case 13:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Contact))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.MailBoxMSS))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.FinalClosingDate))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CreationDate))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.TypeActivity))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CareMode))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.PatientsType))
                    {
                        matched = 7;
                    }
                    else if (inCsd && c.Is(name, CsdNames.AccommodationCapacity))
                    {
                        matched = 8;
                    }
                    else if (inCsd && (c.Is(name, CsdNames.CrisisAccomodationCapacity) || c.IsAlias(name, CsdNames.CrisisAccommodationCapacity, CsdNames.CrisisAccomodationCapacity)))
                    {
                        matched = 9;
                    }
                    else if (inCsd && (c.Is(name, CsdNames.ResidentialCapactity) || c.IsAlias(name, CsdNames.ResidentialCapacity, CsdNames.ResidentialCapactity)))
                    {
                        matched = 10;
                    }
                    else if (inCsd && (c.Is(name, CsdNames.ResourcesSkills) || c.IsAlias(name, CsdNames.RessourcesSkills, CsdNames.ResourcesSkills)))
                    {
                        matched = 11;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Equipment))
                    {
                        matched = 12;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ReceptionType))
                    {
                        matched = 13;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ReceptionMode))
                    {
                        matched = 14;
                    }
                    else if (inCsd && c.Is(name, CsdNames.TakingCareSpeciality))
                    {
                        matched = 15;
                    }
                    else if (inCsd && c.Is(name, CsdNames.FacilityType))
                    {
                        matched = 16;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Location))
                    {
                        matched = 17;
                    }
                    else if (inCsd && c.Is(name, CsdNames.InterventionZone))
                    {
                        matched = 18;
                    }
                    else if (inCsd && (c.Is(name, CsdNames.AnnualOpenning) || c.IsAlias(name, CsdNames.AnnualOpening, CsdNames.AnnualOpenning)))
                    {
                        matched = 19;
                    }
                    else if (inCsd && c.Is(name, CsdNames.PsychiatricSector))
                    {
                        matched = 20;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SpecificAct))
                    {
                        matched = 21;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ParentFacility))
                    {
                        matched = 22;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ManagementType))
                    {
                        matched = 23;
                    }
                    else if (inCsd && c.Is(name, CsdNames.MaternityHospitalType))
                    {
                        matched = 24;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SensitiveUnit))
                    {
                        matched = 25;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 26;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eContacts.Add(ParseContact());
                        break;
                    }

                    case 2:
                    {
                        eMailBoxes.Add(ParseMailBoxMss());
                        break;
                    }

                    case 3:
                    {
                        if (eFinalClosingDate is not null)
                        {
                            c.Duplicate();
                        }

                        eFinalClosingDate = c.ReadDate();
                        break;
                    }

                    case 4:
                    {
                        if (eCreationDate is not null)
                        {
                            c.Duplicate();
                        }

                        eCreationDate = c.ReadDate();
                        break;
                    }

                    case 5:
                    {
                        eActivityTypes.Add(ParseCodedType());
                        break;
                    }

                    case 6:
                    {
                        if (eCareMode is not null)
                        {
                            c.Duplicate();
                        }

                        eCareMode = ParseCodedType();
                        break;
                    }

                    case 7:
                    {
                        if (ePatientType is not null)
                        {
                            c.Duplicate();
                        }

                        ePatientType = ParsePatientType();
                        break;
                    }

                    case 8:
                    {
                        if (eAccommodationCapacity is not null)
                        {
                            c.Duplicate();
                        }

                        eAccommodationCapacity = ParseAccommodationCapacity();
                        break;
                    }

                    case 9:
                    {
                        if (eCrisisAccommodationCapacity is not null)
                        {
                            c.Duplicate();
                        }

                        eCrisisAccommodationCapacity = ParseCrisisAccommodationCapacity();
                        break;
                    }

                    case 10:
                    {
                        eResidentialCapacities.Add(ParseResidentialCapacity());
                        break;
                    }

                    case 11:
                    {
                        if (eResourceSkills is not null)
                        {
                            c.Duplicate();
                        }

                        eResourceSkills = ParseResourceSkills();
                        break;
                    }

                    case 12:
                    {
                        eEquipment.Add(ParseEntityReference());
                        break;
                    }

                    case 13:
                    {
                        if (eReceptionType is not null)
                        {
                            c.Duplicate();
                        }

                        eReceptionType = ParseCodedType();
                        break;
                    }

                    case 14:
                    {
                        if (eSequentialReception is not null)
                        {
                            c.Duplicate();
                        }

                        eSequentialReception = c.ReadBoolean();
                        break;
                    }

                    case 15:
                    {
                        eCareSpecializations.Add(ParseCodedType());
                        break;
                    }

                    case 16:
                    {
                        if (eFacilityType is not null)
                        {
                            c.Duplicate();
                        }

                        eFacilityType = ParseCodedType();
                        break;
                    }

                    case 17:
                    {
                        if (eLocation is not null)
                        {
                            c.Duplicate();
                        }

                        eLocation = ParseLocation();
                        break;
                    }

                    case 18:
                    {
                        eInterventionZones.Add(ParseTerritorialDivision());
                        break;
                    }

                    case 19:
                    {
                        if (eAnnualOpening is not null)
                        {
                            c.Duplicate();
                        }

                        eAnnualOpening = ParseCodedType();
                        break;
                    }

                    case 20:
                    {
                        ePsychiatricSectors.Add(c.ReadText());
                        break;
                    }

                    case 21:
                    {
                        eSpecificActs.Add(ParseCodedType());
                        break;
                    }

                    case 22:
                    {
                        if (eParentFacility is not null)
                        {
                            c.Duplicate();
                        }

                        eParentFacility = ParseEntityReference();
                        break;
                    }

                    case 23:
                    {
                        eManagementTypes.Add(ParseCodedType());
                        break;
                    }

                    case 24:
                    {
                        if (eMaternityType is not null)
                        {
                            c.Duplicate();
                        }

                        eMaternityType = ParseCodedType();
                        break;
                    }

                    case 25:
                    {
                        if (eIsSensitiveUnit is not null)
                        {
                            c.Duplicate();
                        }

                        eIsSensitiveUnit = c.ReadBoolean();
                        break;
                    }

                    case 26:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Service))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eServices.Add(ParseFacilityServiceLink());
                        break;
                    }

                    case 2:
                    {
                        eExtensions.Add(ParseGenericExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Name))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Language))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.OperatingHours))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.FreeBusyURI))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 5;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eNames.Add(ParseName());
                        break;
                    }

                    case 2:
                    {
                        eLanguages.Add(ParseCodedType());
                        break;
                    }

                    case 3:
                    {
                        eOperatingHours.Add(ParseOperatingHours());
                        break;
                    }

                    case 4:
                    {
                        if (eFreeBusyUri is not null)
                        {
                            c.Duplicate();
                        }

                        eFreeBusyUri = c.ReadText();
                        break;
                    }

                    case 5:
                    {
                        eExtensions.Add(ParseGenericExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Latitude))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Longitude))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CoordinateSystem))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 5;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eLatitude is not null)
                        {
                            c.Duplicate();
                        }

                        eLatitude = c.ReadDecimal();
                        break;
                    }

                    case 2:
                    {
                        if (eLongitude is not null)
                        {
                            c.Duplicate();
                        }

                        eLongitude = c.ReadDecimal();
                        break;
                    }

                    case 3:
                    {
                        if (eCoordinateSystem is not null)
                        {
                            c.Duplicate();
                        }

                        eCoordinateSystem = c.ReadText();
                        break;
                    }

                    case 4:
                    {
                        eExtensions.Add(ParseGeoCodeExtension());
                        break;
                    }

                    case 5:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.CoordonneesFiables))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 2;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eAreCoordinatesReliable is not null)
                        {
                            c.Duplicate();
                        }

                        eAreCoordinatesReliable = c.ReadBoolean();
                        break;
                    }

                    case 2:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    case 3:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.LastModified))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eLastModified is not null)
                        {
                            c.Duplicate();
                        }

                        eLastModified = c.ReadDateTime();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.CSD))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eDocument is not null)
                        {
                            c.Duplicate();
                        }

                        eDocument = ParseCsdDocument();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.SpecialPrice))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eSpecialPrice is not null)
                        {
                            c.Duplicate();
                        }

                        eSpecialPrice = ParseCodedType();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.HumanHelpPriceName))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ManagementType))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SpecialPrice))
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eName is not null)
                        {
                            c.Duplicate();
                        }

                        eName = c.ReadText();
                        break;
                    }

                    case 2:
                    {
                        if (eManagementType is not null)
                        {
                            c.Duplicate();
                        }

                        eManagementType = ParseCodedType();
                        break;
                    }

                    case 3:
                    {
                        if (eSpecialPrice is not null)
                        {
                            c.Duplicate();
                        }

                        eSpecialPrice = ParseCodedType();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 12:
                        if (bytes.SequenceEqual("encapsulated"u8))
                        {
                            aEncapsulated = c.AttributeBooleanAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.TR_Lecture_OffreSanteOrganisationInterne))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eParameters is not null)
                        {
                            c.Duplicate();
                        }

                        eParameters = ParseInternalOrganizationOfferReadParameters();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.OrganisationID))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eInternalOrganizationId is not null)
                        {
                            c.Duplicate();
                        }

                        eInternalOrganizationId = ParseOtherId();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Name))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Description))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Status))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Address))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.GeoCoordinates))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CityNumber))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CalculatedDistance))
                    {
                        matched = 7;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 8;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eName is not null)
                        {
                            c.Duplicate();
                        }

                        eName = c.ReadText();
                        break;
                    }

                    case 2:
                    {
                        if (eDescription is not null)
                        {
                            c.Duplicate();
                        }

                        eDescription = c.ReadText();
                        break;
                    }

                    case 3:
                    {
                        if (eStatus is not null)
                        {
                            c.Duplicate();
                        }

                        eStatus = ParseCodedType();
                        break;
                    }

                    case 4:
                    {
                        if (eAddress is not null)
                        {
                            c.Duplicate();
                        }

                        eAddress = ParseAddress();
                        break;
                    }

                    case 5:
                    {
                        if (eGeoCoordinates is not null)
                        {
                            c.Duplicate();
                        }

                        eGeoCoordinates = ParseGeoCode();
                        break;
                    }

                    case 6:
                    {
                        if (eCityNumber is not null)
                        {
                            c.Duplicate();
                        }

                        eCityNumber = ParseCodedType();
                        break;
                    }

                    case 7:
                    {
                        if (eCalculatedDistance is not null)
                        {
                            c.Duplicate();
                        }

                        eCalculatedDistance = c.ReadDecimal();
                        break;
                    }

                    case 8:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.ContactPoint))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eContactPoint is not null)
                        {
                            c.Duplicate();
                        }

                        eContactPoint = ParseContactPoint();
                        break;
                    }

                    case 2:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.SpecialPrice))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.MealDeliveryName))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eSpecialPrice is not null)
                        {
                            c.Duplicate();
                        }

                        eSpecialPrice = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eName is not null)
                        {
                            c.Duplicate();
                        }

                        eName = c.ReadText();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.ValueElement))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Unit))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eValue is not null)
                        {
                            c.Duplicate();
                        }

                        eValue = c.ReadInt32();
                        break;
                    }

                    case 2:
                    {
                        if (eUnit is not null)
                        {
                            c.Duplicate();
                        }

                        eUnit = ParseCodedType();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 6:
                        if (bytes.SequenceEqual("status"u8))
                        {
                            aStatus = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 7:
                        if (bytes.SequenceEqual("created"u8))
                        {
                            aCreated = c.AttributeDateTimeAt(i);
                            break;
                        }

                        if (bytes.SequenceEqual("updated"u8))
                        {
                            aUpdated = c.AttributeDateTimeAt(i);
                            break;
                        }

                        goto default;
                    case 15:
                        if (bytes.SequenceEqual("sourceDirectory"u8))
                        {
                            aSourceDirectory = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eExtensions.Add(ParseRecordExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.CommonName))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Honorific))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Forename))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.OtherName))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Surname))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Suffix))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 7;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eCommonNames.Add(c.ReadText());
                        break;
                    }

                    case 2:
                    {
                        if (eHonorific is not null)
                        {
                            c.Duplicate();
                        }

                        eHonorific = ParseCodedType();
                        break;
                    }

                    case 3:
                    {
                        if (eForename is not null)
                        {
                            c.Duplicate();
                        }

                        eForename = c.ReadText();
                        break;
                    }

                    case 4:
                    {
                        eOtherNames.Add(ParseCodedType());
                        break;
                    }

                    case 5:
                    {
                        if (eSurname is not null)
                        {
                            c.Duplicate();
                        }

                        eSurname = c.ReadText();
                        break;
                    }

                    case 6:
                    {
                        if (eSuffix is not null)
                        {
                            c.Duplicate();
                        }

                        eSuffix = c.ReadText();
                        break;
                    }

                    case 7:
                    {
                        eExtensions.Add(ParseNameExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Title))
                    {
                        matched = 1;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eTitle is not null)
                        {
                            c.Duplicate();
                        }

                        eTitle = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Person))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (ePerson is not null)
                        {
                            c.Duplicate();
                        }

                        ePerson = ParsePerson();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Provider))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eProvider is not null)
                        {
                            c.Duplicate();
                        }

                        eProvider = ParseEntityReference();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.OpenFlag))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.DayOfTheWeek))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.BeginningHour))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.EndingHour))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.BeginEffectiveDate))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.EndEffectiveDate))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 7;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eIsOpen is not null)
                        {
                            c.Duplicate();
                        }

                        eIsOpen = c.ReadBoolean();
                        break;
                    }

                    case 2:
                    {
                        eDaysOfWeek.Add(c.ReadInt32());
                        break;
                    }

                    case 3:
                    {
                        if (eBeginningHour is not null)
                        {
                            c.Duplicate();
                        }

                        eBeginningHour = c.ReadTime();
                        break;
                    }

                    case 4:
                    {
                        if (eEndingHour is not null)
                        {
                            c.Duplicate();
                        }

                        eEndingHour = c.ReadTime();
                        break;
                    }

                    case 5:
                    {
                        if (eBeginEffectiveDate is not null)
                        {
                            c.Duplicate();
                        }

                        eBeginEffectiveDate = c.ReadDate();
                        break;
                    }

                    case 6:
                    {
                        if (eEndEffectiveDate is not null)
                        {
                            c.Duplicate();
                        }

                        eEndEffectiveDate = c.ReadDate();
                        break;
                    }

                    case 7:
                    {
                        eExtensions.Add(ParseOperatingHoursExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.OperatingHoursType))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 2;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eHoursType is not null)
                        {
                            c.Duplicate();
                        }

                        eHoursType = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    case 3:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && (c.Is(name, CsdNames.ExerciceModeInUnit) || c.IsAlias(name, CsdNames.ExerciseModeInUnit, CsdNames.ExerciceModeInUnit)))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ContactPoint))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SpecificSkills))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.OperatingHours))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.AgreementSector))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ContractOptionHealthCareAccess))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.VitaleCardAccepted))
                    {
                        matched = 7;
                    }
                    else if (inCsd && c.Is(name, CsdNames.HomeVisit))
                    {
                        matched = 8;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 9;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eExerciseModeInUnit is not null)
                        {
                            c.Duplicate();
                        }

                        eExerciseModeInUnit = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eContactPoint is not null)
                        {
                            c.Duplicate();
                        }

                        eContactPoint = ParseContactPoint();
                        break;
                    }

                    case 3:
                    {
                        eSpecificSkills.Add(ParseCodedType());
                        break;
                    }

                    case 4:
                    {
                        if (eOperatingHours is not null)
                        {
                            c.Duplicate();
                        }

                        eOperatingHours = ParseOperatingHours();
                        break;
                    }

                    case 5:
                    {
                        if (eAgreementSector is not null)
                        {
                            c.Duplicate();
                        }

                        eAgreementSector = ParseCodedType();
                        break;
                    }

                    case 6:
                    {
                        if (eContractOptionHealthCareAccess is not null)
                        {
                            c.Duplicate();
                        }

                        eContractOptionHealthCareAccess = c.ReadBoolean();
                        break;
                    }

                    case 7:
                    {
                        if (eVitaleCardAccepted is not null)
                        {
                            c.Duplicate();
                        }

                        eVitaleCardAccepted = c.ReadBoolean();
                        break;
                    }

                    case 8:
                    {
                        if (eHomeVisit is not null)
                        {
                            c.Duplicate();
                        }

                        eHomeVisit = c.ReadBoolean();
                        break;
                    }

                    case 9:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.OtherID))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CodedType))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.PrimaryName))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.OtherName))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Address))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Contact))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Credential))
                    {
                        matched = 7;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Language))
                    {
                        matched = 8;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Specialization))
                    {
                        matched = 9;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ContactPoint))
                    {
                        matched = 10;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Parent))
                    {
                        matched = 11;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 12;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 13;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eOtherIds.Add(ParseOtherId());
                        break;
                    }

                    case 2:
                    {
                        eCodes.Add(ParseCodedType());
                        break;
                    }

                    case 3:
                    {
                        if (ePrimaryName is not null)
                        {
                            c.Duplicate();
                        }

                        ePrimaryName = c.ReadText();
                        break;
                    }

                    case 4:
                    {
                        eOtherNames.Add(ParseLocalizedName());
                        break;
                    }

                    case 5:
                    {
                        eAddresses.Add(ParseAddress());
                        break;
                    }

                    case 6:
                    {
                        if (ParseNativeContact() is { } item)
                        {
                            eContacts.Add(item);
                        }
                        break;
                    }

                    case 7:
                    {
                        eCredentials.Add(ParseCredential());
                        break;
                    }

                    case 8:
                    {
                        eLanguages.Add(ParseCodedType());
                        break;
                    }

                    case 9:
                    {
                        eSpecializations.Add(ParseCodedType());
                        break;
                    }

                    case 10:
                    {
                        eContactPoints.Add(ParseContactPoint());
                        break;
                    }

                    case 11:
                    {
                        if (eParent is not null)
                        {
                            c.Duplicate();
                        }

                        eParent = ParseEntityReference();
                        break;
                    }

                    case 12:
                    {
                        eExtensions.Add(ParseOrganizationExtension());
                        break;
                    }

                    case 13:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Contact))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.UseName))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.HealthCareTerritorial))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Location))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Price))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.DropZone))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.FinancialHelpType))
                    {
                        matched = 7;
                    }
                    else if (inCsd && (c.Is(name, CsdNames.AccomodationFamily) || c.IsAlias(name, CsdNames.AccommodationFamily, CsdNames.AccomodationFamily)))
                    {
                        matched = 8;
                    }
                    else if (inCsd && (c.Is(name, CsdNames.NbTemporarySocialeHelpPlace) || c.IsAlias(name, CsdNames.NbTemporarySocialHelpPlace, CsdNames.NbTemporarySocialeHelpPlace)))
                    {
                        matched = 9;
                    }
                    else if (inCsd && c.Is(name, CsdNames.NbPermanentSocialHelpPlace))
                    {
                        matched = 10;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CareWithoutPatientApproval))
                    {
                        matched = 11;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CreationDate))
                    {
                        matched = 12;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ClosingDate))
                    {
                        matched = 13;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ClosingReason))
                    {
                        matched = 14;
                    }
                    else if (inCsd && c.Is(name, CsdNames.AccessibilityLocation))
                    {
                        matched = 15;
                    }
                    else if (inCsd && c.Is(name, CsdNames.LevelRecourseORSAN))
                    {
                        matched = 16;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 17;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eContacts.Add(ParseContact());
                        break;
                    }

                    case 2:
                    {
                        if (eUseName is not null)
                        {
                            c.Duplicate();
                        }

                        eUseName = c.ReadText();
                        break;
                    }

                    case 3:
                    {
                        eHealthCareTerritories.Add(ParseTerritorialDivision());
                        break;
                    }

                    case 4:
                    {
                        if (eLocation is not null)
                        {
                            c.Duplicate();
                        }

                        eLocation = ParseLocation();
                        break;
                    }

                    case 5:
                    {
                        ePrices.Add(ParsePrice());
                        break;
                    }

                    case 6:
                    {
                        if (eDropZone is not null)
                        {
                            c.Duplicate();
                        }

                        eDropZone = c.ReadBoolean();
                        break;
                    }

                    case 7:
                    {
                        eFinancialHelpTypes.Add(ParseCodedType());
                        break;
                    }

                    case 8:
                    {
                        if (eAccommodationForFamily is not null)
                        {
                            c.Duplicate();
                        }

                        eAccommodationForFamily = c.ReadBoolean();
                        break;
                    }

                    case 9:
                    {
                        if (eTemporarySocialHelpPlaces is not null)
                        {
                            c.Duplicate();
                        }

                        eTemporarySocialHelpPlaces = c.ReadInt32();
                        break;
                    }

                    case 10:
                    {
                        if (ePermanentSocialHelpPlaces is not null)
                        {
                            c.Duplicate();
                        }

                        ePermanentSocialHelpPlaces = c.ReadInt32();
                        break;
                    }

                    case 11:
                    {
                        if (eCareWithoutPatientApproval is not null)
                        {
                            c.Duplicate();
                        }

                        eCareWithoutPatientApproval = c.ReadBoolean();
                        break;
                    }

                    case 12:
                    {
                        if (eCreationDate is not null)
                        {
                            c.Duplicate();
                        }

                        eCreationDate = c.ReadDate();
                        break;
                    }

                    case 13:
                    {
                        if (eClosingDate is not null)
                        {
                            c.Duplicate();
                        }

                        eClosingDate = c.ReadDate();
                        break;
                    }

                    case 14:
                    {
                        if (eClosingReason is not null)
                        {
                            c.Duplicate();
                        }

                        eClosingReason = ParseCodedType();
                        break;
                    }

                    case 15:
                    {
                        if (eAccessibilityLocation is not null)
                        {
                            c.Duplicate();
                        }

                        eAccessibilityLocation = ParseCodedType();
                        break;
                    }

                    case 16:
                    {
                        if (eOrsanRecourseLevel is not null)
                        {
                            c.Duplicate();
                        }

                        eOrsanRecourseLevel = ParseCodedType();
                        break;
                    }

                    case 17:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 4:
                        if (bytes.SequenceEqual("code"u8))
                        {
                            aCode = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 22:
                        if (bytes.SequenceEqual("assigningAuthorityName"u8))
                        {
                            aAssigningAuthorityName = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.OtherSurchargePriceName))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SurchargePriceName))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eOtherName is not null)
                        {
                            c.Duplicate();
                        }

                        eOtherName = c.ReadText();
                        break;
                    }

                    case 2:
                    {
                        if (eSurchargeName is not null)
                        {
                            c.Duplicate();
                        }

                        eSurchargeName = ParseCodedType();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.SupportedPatient))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.PatientTypeAgeMin))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.PatientTypeAgeMax))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 4;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eSupportedPatients.Add(ParseCodedType());
                        break;
                    }

                    case 2:
                    {
                        if (eMinimumAge is not null)
                        {
                            c.Duplicate();
                        }

                        eMinimumAge = ParseMeasurement();
                        break;
                    }

                    case 3:
                    {
                        if (eMaximumAge is not null)
                        {
                            c.Duplicate();
                        }

                        eMaximumAge = ParseMeasurement();
                        break;
                    }

                    case 4:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Name))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ContactPoint))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Address))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Gender))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.DateOfBirth))
                    {
                        matched = 5;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eNames.Add(ParsePersonName());
                        break;
                    }

                    case 2:
                    {
                        eContactPoints.Add(ParseContactPoint());
                        break;
                    }

                    case 3:
                    {
                        eAddresses.Add(ParseAddress());
                        break;
                    }

                    case 4:
                    {
                        if (eGender is not null)
                        {
                            c.Duplicate();
                        }

                        eGender = c.ReadText();
                        break;
                    }

                    case 5:
                    {
                        if (eDateOfBirth is not null)
                        {
                            c.Duplicate();
                        }

                        eDateOfBirth = c.ReadDate();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.CommonName))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Honorific))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Forename))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.OtherName))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Surname))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Suffix))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 7;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eCommonNames.Add(c.ReadText());
                        break;
                    }

                    case 2:
                    {
                        if (eHonorific is not null)
                        {
                            c.Duplicate();
                        }

                        eHonorific = ParseCodedType();
                        break;
                    }

                    case 3:
                    {
                        if (eForename is not null)
                        {
                            c.Duplicate();
                        }

                        eForename = c.ReadText();
                        break;
                    }

                    case 4:
                    {
                        eOtherNames.Add(ParseCodedType());
                        break;
                    }

                    case 5:
                    {
                        if (eSurname is not null)
                        {
                            c.Duplicate();
                        }

                        eSurname = c.ReadText();
                        break;
                    }

                    case 6:
                    {
                        if (eSuffix is not null)
                        {
                            c.Duplicate();
                        }

                        eSuffix = c.ReadText();
                        break;
                    }

                    case 7:
                    {
                        eExtensions.Add(ParseNameExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 5:
                        if (bytes.SequenceEqual("total"u8))
                        {
                            aTotal = c.AttributeInt32At(i);
                            break;
                        }

                        goto default;
                    case 7:
                        if (bytes.SequenceEqual("avaible"u8))
                        {
                            aAvailable = c.AttributeInt32At(i);
                            break;
                        }

                        goto default;
                    case 10:
                        if (bytes.SequenceEqual("updateDate"u8))
                        {
                            aUpdateDate = c.AttributeDateTimeAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.PriceType))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.PriceUnit))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Price))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.UpdateDate))
                    {
                        matched = 4;
                    }
                    else if (inCsd && (c.Is(name, CsdNames.BasePackageAccomodation) || c.IsAlias(name, CsdNames.BasePackageAccommodation, CsdNames.BasePackageAccomodation)))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.MealDelivery))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.HomeDay))
                    {
                        matched = 7;
                    }
                    else if (inCsd && c.Is(name, CsdNames.DependencyPrice))
                    {
                        matched = 8;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SurchargePriceResidential))
                    {
                        matched = 9;
                    }
                    else if (inCsd && c.Is(name, CsdNames.HumanHelpPrice))
                    {
                        matched = 10;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SurchargePrice))
                    {
                        matched = 11;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 12;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (ePriceType is not null)
                        {
                            c.Duplicate();
                        }

                        ePriceType = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (ePriceUnit is not null)
                        {
                            c.Duplicate();
                        }

                        ePriceUnit = ParseCodedType();
                        break;
                    }

                    case 3:
                    {
                        if (eAmount is not null)
                        {
                            c.Duplicate();
                        }

                        eAmount = ParsePriceAmount();
                        break;
                    }

                    case 4:
                    {
                        if (eUpdateDate is not null)
                        {
                            c.Duplicate();
                        }

                        eUpdateDate = c.ReadDate();
                        break;
                    }

                    case 5:
                    {
                        if (eDetails is not null)
                        {
                            c.Duplicate();
                        }

                        eDetails = ParseBasePackageAccommodationPrice();
                        break;
                    }

                    case 6:
                    {
                        if (eDetails is not null)
                        {
                            c.Duplicate();
                        }

                        eDetails = ParseMealDeliveryPrice();
                        break;
                    }

                    case 7:
                    {
                        if (eDetails is not null)
                        {
                            c.Duplicate();
                        }

                        eDetails = ParseHomeDayPrice();
                        break;
                    }

                    case 8:
                    {
                        if (eDetails is not null)
                        {
                            c.Duplicate();
                        }

                        eDetails = ParseDependencyPrice();
                        break;
                    }

                    case 9:
                    {
                        if (eDetails is not null)
                        {
                            c.Duplicate();
                        }

                        eDetails = ParseResidentialSurchargePrice();
                        break;
                    }

                    case 10:
                    {
                        if (eDetails is not null)
                        {
                            c.Duplicate();
                        }

                        eDetails = ParseHumanHelpPrice();
                        break;
                    }

                    case 11:
                    {
                        if (eDetails is not null)
                        {
                            c.Duplicate();
                        }

                        eDetails = ParseOtherSurchargePrice();
                        break;
                    }

                    case 12:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Amount))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Currency))
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eAmount is not null)
                        {
                            c.Duplicate();
                        }

                        eAmount = c.ReadDouble();
                        break;
                    }

                    case 2:
                    {
                        if (eCurrency is not null)
                        {
                            c.Duplicate();
                        }

                        eCurrency = ParseCodedType();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.OtherID))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CodedType))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Demographic))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Language))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Organizations))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Facilities))
                    {
                        matched = 6;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Credential))
                    {
                        matched = 7;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Specialty))
                    {
                        matched = 8;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 9;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 10;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eOtherIds.Add(ParseOtherId());
                        break;
                    }

                    case 2:
                    {
                        eCodes.Add(ParseCodedType());
                        break;
                    }

                    case 3:
                    {
                        if (eDemographic is not null)
                        {
                            c.Duplicate();
                        }

                        eDemographic = ParsePerson();
                        break;
                    }

                    case 4:
                    {
                        eLanguages.Add(ParseCodedType());
                        break;
                    }

                    case 5:
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
                        break;
                    }

                    case 6:
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
                        break;
                    }

                    case 7:
                    {
                        eCredentials.Add(ParseCredential());
                        break;
                    }

                    case 8:
                    {
                        if (eSpecialty is not null)
                        {
                            c.Duplicate();
                        }

                        eSpecialty = ParseCodedType();
                        break;
                    }

                    case 9:
                    {
                        eExtensions.Add(ParseProviderExtension());
                        break;
                    }

                    case 10:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.OperationalStatus))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.MailBoxMSS))
                    {
                        matched = 2;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eOperationalStatus is not null)
                        {
                            c.Duplicate();
                        }

                        eOperationalStatus = ParseOperationalStatus();
                        break;
                    }

                    case 2:
                    {
                        if (eMailBox is not null)
                        {
                            c.Duplicate();
                        }

                        eMailBox = ParseMailBoxMss();
                        break;
                    }

                    case 3:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Service))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.OperatingHours))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eServices.Add(ParseProviderServiceLink());
                        break;
                    }

                    case 2:
                    {
                        eOperatingHours.Add(ParseOperatingHours());
                        break;
                    }

                    case 3:
                    {
                        eExtensions.Add(ParseGenericExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Address))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ContactPoint))
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eExtensions.Add(ParseGenericExtension());
                        break;
                    }

                    case 2:
                    {
                        eAddresses.Add(ParseAddress());
                        break;
                    }

                    case 3:
                    {
                        eContactPoints.Add(ParseContactPoint());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Name))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Organization))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Language))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.OperatingHours))
                    {
                        matched = 4;
                    }
                    else if (inCsd && c.Is(name, CsdNames.FreeBusyURI))
                    {
                        matched = 5;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 6;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eNames.Add(ParseName());
                        break;
                    }

                    case 2:
                    {
                        if (eOrganization is not null)
                        {
                            c.Duplicate();
                        }

                        eOrganization = ParseEntityReference();
                        break;
                    }

                    case 3:
                    {
                        eLanguages.Add(ParseCodedType());
                        break;
                    }

                    case 4:
                    {
                        eOperatingHours.Add(ParseOperatingHours());
                        break;
                    }

                    case 5:
                    {
                        if (eFreeBusyUri is not null)
                        {
                            c.Duplicate();
                        }

                        eFreeBusyUri = c.ReadText();
                        break;
                    }

                    case 6:
                    {
                        eExtensions.Add(ParseGenericExtension());
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && (c.Is(name, CsdNames.Recognation) || c.IsAlias(name, CsdNames.Recognition, CsdNames.Recognation)))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Comments))
                    {
                        matched = 2;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eRecognition is not null)
                        {
                            c.Duplicate();
                        }

                        eRecognition = c.ReadText();
                        break;
                    }

                    case 2:
                    {
                        if (eComments is not null)
                        {
                            c.Duplicate();
                        }

                        eComments = c.ReadText();
                        break;
                    }

                    case 3:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.ResidentialType))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.ResidentialNumber))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eResidentialType is not null)
                        {
                            c.Duplicate();
                        }

                        eResidentialType = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eResidentialNumber is not null)
                        {
                            c.Duplicate();
                        }

                        eResidentialNumber = c.ReadInt32();
                        break;
                    }

                    case 3:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.ResidentialType))
                    {
                        matched = 1;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eResidentialType is not null)
                        {
                            c.Duplicate();
                        }

                        eResidentialType = ParseCodedType();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Profession))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.MedicalSpeciality))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.SpecificSkills))
                    {
                        matched = 3;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 4;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eProfessions.Add(ParseCodedType());
                        break;
                    }

                    case 2:
                    {
                        eMedicalSpecialities.Add(ParseCodedType());
                        break;
                    }

                    case 3:
                    {
                        eSpecificSkills.Add(ParseCodedType());
                        break;
                    }

                    case 4:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 8:
                        if (bytes.SequenceEqual("entityID"u8))
                        {
                            aEntityId = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.CodedType))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Extension))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eCode is not null)
                        {
                            c.Duplicate();
                        }

                        eCode = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eExtension is not null)
                        {
                            c.Duplicate();
                        }

                        eExtension = ParseServiceExtension();
                        break;
                    }

                    case 3:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
                switch (bytes.Length)
                {
                    case 3:
                        if (bytes.SequenceEqual("urn"u8))
                        {
                            aUrn = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    case 4:
                        if (bytes.SequenceEqual("type"u8))
                        {
                            aType = c.AttributeValueAt(i);
                            break;
                        }

                        goto default;
                    default:
                        u8.MoveToAttribute(i);
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.ActFamily))
                    {
                        matched = 1;
                    }
                    else if (r.NamespaceURI.Length == 0)
                    {
                        matched = 2;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        eActivityFamilies.Add(ParseCodedType());
                        break;
                    }

                    case 2:
                    {
                        localElement = c.ReadOuterXml();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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

                if (matched == 0)
                {
                    if (inCsd && c.Is(name, CsdNames.Type))
                    {
                        matched = 1;
                    }
                    else if (inCsd && c.Is(name, CsdNames.CodedType))
                    {
                        matched = 2;
                    }
                    else if (inCsd && c.Is(name, CsdNames.Record))
                    {
                        matched = 3;
                    }
                }

                switch (matched)
                {
                    case 1:
                    {
                        if (eType is not null)
                        {
                            c.Duplicate();
                        }

                        eType = ParseCodedType();
                        break;
                    }

                    case 2:
                    {
                        if (eCode is not null)
                        {
                            c.Duplicate();
                        }

                        eCode = ParseCodedType();
                        break;
                    }

                    case 3:
                    {
                        if (eRecord is not null)
                        {
                            c.Duplicate();
                        }

                        eRecord = ParseMetadata();
                        break;
                    }

                    default:
                        c.SkipUnknown();
                        break;
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
