using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A territorial division (division territoriale): a country, commune, département, région or territoire de santé.</summary>
/// <remarks>XSD type <c>territorialDivision</c>.</remarks>
[CsdTypeName("territorialDivision")]
public sealed record TerritorialDivision
{
    /// <summary>The kind of division (type de division territoriale), TRE_R201-TypeDivisionTerritoriale. Wire element <c>type</c> (required).</summary>
    [CsdElementName("type")]
    public required CodedType Type { get; init; }

    /// <summary>The division itself; the nomenclature depends on <see cref="Type"/>: TRE_R20-Pays, TRE_R13-CommuneOM, TRE_G09-DepartementOM, TRE_R30-RegionOM. Wire element <c>codedType</c> (required).</summary>
    [CsdElementName("codedType")]
    public required CodedType Code { get; init; }

    /// <summary>Metadata of this item (métadonnées): creation and update times, status. Wire element <c>record</c> (required).</summary>
    [CsdElementName("record")]
    public required Metadata Record { get; init; }
}
