namespace Ror.Client.Csd.Offer;

/// <summary>
/// The level of an internal organisation (OI, a CSD <c>facility</c>), from its TRE_R207
/// TypeOrganisationInterne <c>codedType</c>.
/// </summary>
public enum InternalOrganizationLevel
{
    /// <summary>No TRE_R207 code 1 to 4 was found.</summary>
    Unknown = 0,

    /// <summary>Code <c>1</c>: pôle.</summary>
    Pole = 1,

    /// <summary>Code <c>2</c>: structure interne ou service.</summary>
    Service = 2,

    /// <summary>Code <c>3</c>: unité fonctionnelle (UF).</summary>
    FunctionalUnit = 3,

    /// <summary>Code <c>4</c>: unité élémentaire (UE), the level that carries the offer.</summary>
    ElementaryUnit = 4,
}
