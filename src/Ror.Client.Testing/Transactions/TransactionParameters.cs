using Ror.Client.Csd;
using Ror.Client.Csd.Models;

namespace Ror.Client.Testing.Transactions;

/// <summary>The parameters of a ROR SOAP request, whichever the transaction (absent ones stay empty).</summary>
internal sealed record TransactionParameters
{
    /// <summary><c>id_etablissement</c> (Lecture EG) or <c>organisationID</c> (Lecture OI).</summary>
    public OtherId? Identifier { get; init; }

    /// <summary><c>dateRef</c>.</summary>
    public DateTimeOffset? ReferenceDate { get; init; }

    /// <summary><c>typeActivity</c> values.</summary>
    public EquatableList<CodedType> ActivityTypes { get; init; } = [];

    /// <summary><c>supportedPatient</c> values.</summary>
    public EquatableList<CodedType> SupportedPatients { get; init; } = [];

    /// <summary><c>restrictedOrganisation</c>.</summary>
    public bool? RestrictedOrganization { get; init; }
}
