namespace Ror.Client.Csd.Offer;

/// <summary>The role of a CSD <c>organization</c> in the ROR offer.</summary>
public enum OrganizationRole
{
    /// <summary>Entité juridique (EJ): an <c>organization</c> without <c>parent</c>.</summary>
    LegalEntity,

    /// <summary>Entité géographique (EG), the establishment: an <c>organization</c> whose <c>parent</c> points to its EJ.</summary>
    Establishment,
}
