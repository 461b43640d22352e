namespace Ror.Client.Csd.Identifiers;

/// <summary>
/// The national register a structure identifier (idNat_Struct) comes from, given by its prefix digit.
/// </summary>
public enum StructureIdentifierKind
{
    /// <summary>The prefix digit is not one of the five documented ones.</summary>
    Unknown = -1,

    /// <summary>Prefix <c>0</c>: ADELI number and rank of a liberal practice (ADELI-rang).</summary>
    Adeli = 0,

    /// <summary>Prefix <c>1</c>: FINESS number (FINESS juridique for an EJ, FINESS établissement for an EG).</summary>
    Finess = 1,

    /// <summary>Prefix <c>2</c>: SIREN number (9 digits).</summary>
    Siren = 2,

    /// <summary>Prefix <c>3</c>: SIRET number (14 digits).</summary>
    Siret = 3,

    /// <summary>Prefix <c>4</c>: RPPS number and rank of a liberal practice (RPPS-rang).</summary>
    Rpps = 4,
}
