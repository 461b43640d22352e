using Ror.Client.Csd.Identifiers;

namespace Ror.Client.Testing.Transactions;

/// <summary>How the simulated transactions answer, where the specification leaves a choice open.</summary>
public sealed record RorTransactionOptions
{
    /// <summary>The code of the business error answered when Lecture EG or Lecture OI names an unknown establishment or internal organisation. Default 444.</summary>
    /// <remarks>No "not found" code is published; 444 ("Non prévu sur la plateforme") is the one code observed in ANS material besides 405.</remarks>
    public int NotFoundErrorCode { get; init; } = 444;

    /// <summary>The message of <see cref="NotFoundErrorCode"/>.</summary>
    public string NotFoundErrorMessage { get; init; } = "Aucune offre ne correspond à l'identifiant demandé";

    /// <summary>The authority written in TR-Notif's <c>id_etablissement/@assigningAuthorityName</c>. Default <see cref="IdentifierAuthorities.StructureIdentifierTypes"/>, as observed.</summary>
    public string NotificationAuthority { get; init; } = IdentifierAuthorities.StructureIdentifierTypes;

    /// <summary>
    /// Added to the true number of UE in <c>facilityNumber</c>. 0 (default) gives the right count; any other value gives a
    /// wrong one, so that a client can test its RG_ALIM_019 check (error 405).
    /// </summary>
    public int FacilityNumberOffset { get; init; }

    /// <summary>Whether Lecture OI answers carry <c>facilityNumber</c>. Default <see langword="false"/>: the observed answer had none.</summary>
    public bool IncludeFacilityNumberInInternalOrganizationRead { get; init; }
}
