using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>One line of a postal address (ligne d'adresse): optional text plus optional structured attributes, which is where the ROR puts its data.</summary>
/// <remarks>XSD type <c>addressAttributes</c>.</remarks>
[CsdTypeName("addressAttributes")]
public sealed record AddressLine
{
    /// <summary>The free text of the line, often empty in ROR data. Text content of the element.</summary>
    [CsdTextContent]
    public string? Value { get; init; }

    /// <summary>Internal mail stop (distribution interne). Wire attribute <c>inHouseMail</c> (optional).</summary>
    [CsdAttributeName("inHouseMail")]
    public string? InHouseMail { get; init; }

    /// <summary>Room (pièce). Wire attribute <c>room</c> (optional).</summary>
    [CsdAttributeName("room")]
    public string? Room { get; init; }

    /// <summary>Floor (étage). Wire attribute <c>floor</c> (optional).</summary>
    [CsdAttributeName("floor")]
    public string? Floor { get; init; }

    /// <summary>Staircase (escalier). Wire attribute <c>stair</c> (optional).</summary>
    [CsdAttributeName("stair")]
    public string? Stair { get; init; }

    /// <summary>Building name (bâtiment). Wire attribute <c>buildingName</c> (optional).</summary>
    [CsdAttributeName("buildingName")]
    public string? BuildingName { get; init; }

    /// <summary>Street number (numéro de voie). Wire attribute <c>buildingNumber</c> (optional).</summary>
    [CsdAttributeName("buildingNumber")]
    public string? BuildingNumber { get; init; }

    /// <summary>Block name (îlot). Wire attribute <c>blockName</c> (optional).</summary>
    [CsdAttributeName("blockName")]
    public string? BlockName { get; init; }

    /// <summary>Street number suffix such as bis/ter (extension du numéro de voie). Wire attribute <c>streetPrefix</c> (optional).</summary>
    [CsdAttributeName("streetPrefix")]
    public string? StreetPrefix { get; init; }

    /// <summary>Street type, e.g. RUE, AV (type de voie). Wire attribute <c>streetType</c> (optional).</summary>
    [CsdAttributeName("streetType")]
    public string? StreetType { get; init; }

    /// <summary>Street suffix. Wire attribute <c>streetSuffix</c> (optional).</summary>
    [CsdAttributeName("streetSuffix")]
    public string? StreetSuffix { get; init; }

    /// <summary>Street name (libellé de voie). Wire attribute <c>streetName</c> (optional).</summary>
    [CsdAttributeName("streetName")]
    public string? StreetName { get; init; }

    /// <summary>Plot identification (lieu-dit). Wire attribute <c>plotIdentification</c> (optional).</summary>
    [CsdAttributeName("plotIdentification")]
    public string? PlotIdentification { get; init; }

    /// <summary>Post office box or special delivery (boîte postale, mention de distribution). Wire attribute <c>postOfficeBox</c> (optional).</summary>
    [CsdAttributeName("postOfficeBox")]
    public string? PostOfficeBox { get; init; }

    /// <summary>Postal code (code postal). Wire attribute <c>postCode</c> (optional).</summary>
    [CsdAttributeName("postCode")]
    public string? PostCode { get; init; }

    /// <summary>City name (localité). Wire attribute <c>cityName</c> (optional).</summary>
    [CsdAttributeName("cityName")]
    public string? CityName { get; init; }

    /// <summary>City subdivision (arrondissement, quartier). Wire attribute <c>citySubDivisionName</c> (optional).</summary>
    [CsdAttributeName("citySubDivisionName")]
    public string? CitySubDivisionName { get; init; }

    /// <summary>Country subdivision (département, région). Wire attribute <c>countrySubDivisionName</c> (optional).</summary>
    [CsdAttributeName("countrySubDivisionName")]
    public string? CountrySubDivisionName { get; init; }

    /// <summary>Free address line 1. Wire attribute <c>lineOne</c> (optional).</summary>
    [CsdAttributeName("lineOne")]
    public string? LineOne { get; init; }

    /// <summary>Free address line 2. Wire attribute <c>lineTwo</c> (optional).</summary>
    [CsdAttributeName("lineTwo")]
    public string? LineTwo { get; init; }

    /// <summary>Free address line 3. Wire attribute <c>lineThree</c> (optional).</summary>
    [CsdAttributeName("lineThree")]
    public string? LineThree { get; init; }

    /// <summary>Free address line 4. Wire attribute <c>lineFour</c> (optional).</summary>
    [CsdAttributeName("lineFour")]
    public string? LineFour { get; init; }

    /// <summary>Free address line 5. Wire attribute <c>lineFive</c> (optional).</summary>
    [CsdAttributeName("lineFive")]
    public string? LineFive { get; init; }

    /// <summary>Free address line 6. Wire attribute <c>lineSix</c> (optional).</summary>
    [CsdAttributeName("lineSix")]
    public string? LineSix { get; init; }

    /// <summary>Country name (pays). Wire attribute <c>countryName</c> (optional).</summary>
    [CsdAttributeName("countryName")]
    public string? CountryName { get; init; }

    /// <summary>Kind of address component carried by the line. Wire attribute <c>component</c> (optional).</summary>
    [CsdAttributeName("component")]
    public string? Component { get; init; }
}
