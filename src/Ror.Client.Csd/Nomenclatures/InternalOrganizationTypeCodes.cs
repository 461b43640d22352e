namespace Ror.Client.Csd.Nomenclatures;

/// <summary>Codes of TRE_R207 TypeOrganisationInterne, <see cref="RorCodeSystems.InternalOrganizationType"/>.</summary>
public static class InternalOrganizationTypeCodes
{
    /// <summary><c>1</c>: pôle.</summary>
    public const string Pole = "1";

    /// <summary><c>2</c>: structure interne ou service.</summary>
    public const string Service = "2";

    /// <summary><c>3</c>: unité fonctionnelle (UF).</summary>
    public const string FunctionalUnit = "3";

    /// <summary><c>4</c>: unité élémentaire (UE), the level that carries the offer.</summary>
    public const string ElementaryUnit = "4";
}
