using Ror.Client.Csd.Access;

namespace Ror.Client.Transport;

/// <summary>The values of an unsigned VIHF SAML 2.0 assertion carrying the access profile.</summary>
/// <param name="Profile">The access profile.</param>
/// <param name="ApplicationName">Name of the calling application (NameID and subject-id).</param>
/// <param name="IssuerSubject">Subject distinguished name of the client certificate.</param>
/// <param name="IssueInstant">When the token is issued.</param>
/// <param name="Id">Assertion identifier (an <c>xs:ID</c>: starts with <c>_</c>).</param>
internal sealed record VihfToken(RorAccessProfile Profile, string ApplicationName, string IssuerSubject, DateTimeOffset IssueInstant, string Id);
