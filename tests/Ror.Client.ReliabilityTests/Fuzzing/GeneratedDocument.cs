using System.Globalization;
using System.Text;
using Ror.Client.Csd.Models;
using Ror.Client.Testing.Data;

namespace Ror.Client.ReliabilityTests.Fuzzing;

/// <summary>
/// A valid CSD document: one establishment of a dataset generated at <see cref="Seed"/>, with FsCheck-generated values
/// planted in its establishment (name, a contact point, an address city, record dates) and its first facility (name,
/// coordinates). Printed compactly, so that FsCheck's report of a failing case is readable.
/// </summary>
public sealed record GeneratedDocument(
    int Seed,
    int Establishment,
    string Name,
    string Equipment,
    string City,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    string FacilityName,
    decimal Latitude,
    decimal Longitude)
{
    private const int DatasetSize = 24;

    /// <summary>The document with the generated values planted.</summary>
    public CsdDocument Build()
    {
        var bundle = new RorDatasetGenerator(new RorDatasetOptions { Seed = Seed, EstablishmentCount = DatasetSize })
            .GenerateEstablishment(Establishment % DatasetSize);
        var establishment = bundle.Establishment with
        {
            PrimaryName = Name,
            ContactPoints = [new ContactPoint { Channel = new CodedType { Code = "TEL", CodingScheme = "1.2.250.1.213.1.1.4.9" }, Equipment = Equipment }, .. bundle.Establishment.ContactPoints],
            Addresses = [new Address { Lines = [new AddressLine { CityName = City }] }, .. bundle.Establishment.Addresses],
            Record = bundle.Establishment.Record with { Created = Created, Updated = Updated },
        };
        var facilities = bundle.Facilities.ToList();
        if (facilities.Count > 0)
        {
            facilities[0] = facilities[0] with
            {
                PrimaryName = FacilityName,
                GeoCode = new GeoCode { Latitude = Latitude, Longitude = Longitude, CoordinateSystem = "WGS84", Record = facilities[0].Record },
            };
        }

        return (bundle with { Establishment = establishment, Facilities = [.. facilities] }).ToDocument();
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"seed {Seed}, establishment {Establishment % DatasetSize}, name {Show(Name)}, equipment {Show(Equipment)}, city {Show(City)}, "
        + $"created {Created:O}, updated {Updated:O}, facility {Show(FacilityName)} at ({Latitude}, {Longitude})");

    /// <summary>The string with every character outside printable ASCII as a code point, so that the report shows what was generated.</summary>
    public static string Show(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            text.Append(rune.Value is >= 0x20 and < 0x7F ? rune.ToString() : $"\\u{{{rune.Value:X}}}");
        }

        return text.Append('"').ToString();
    }
}
