using System.Globalization;
using System.Runtime.CompilerServices;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Csd.Offer;

namespace Ror.Client.Csd.Validation;

/// <summary>
/// Checks the ROR business rules the schema cannot express, entity by entity (streaming: only a few facts per
/// internal organisation are kept for the cross-entity rules).
/// </summary>
/// <remarks>
/// Rules checked:
/// <list type="bullet">
/// <item><c>RG_ALIM_019</c>: <c>facilityNumber</c>, when known, equals the number of UE.</item>
/// <item><c>RG_EXP_010</c>: a UE has exactly one champ d'activité (<c>typeActivity</c>).</item>
/// <item><c>RG_EXP_011</c>: a UE has a care mode (<c>careMode</c> with a code).</item>
/// <item><c>RG_EXP_001</c> (warning): a pôle, service or UF has at least one UE below it in the document.</item>
/// <item><c>RG_ALIM_006</c>: every champ of an OI is also on its parent OI.</item>
/// <item><c>RG_EXP_034</c>: a telecom's confidentiality level is at least its contact's.</item>
/// <item><c>RG_EXP_039</c>: the contacts (and their telecoms) of a sensitive unit are at level 3.</item>
/// <item><c>RG_EXP_040</c> / <c>RG_EXP_041</c>: a contact has either a <c>nature</c>, or a <c>name</c> and a
/// <c>function</c>, not both.</item>
/// <item><c>ROR_OI_ID</c>: an identifiantOI has the form <c>region/internal id</c> (contains <c>/</c>).</item>
/// <item><c>ROR_RECORD_DATES</c>: <c>record/@created</c> is not after <c>record/@updated</c>.</item>
/// </list>
/// Use one instance per document: call <see cref="Check(CsdEntity)"/> for each entity, then <see cref="Complete"/>.
/// </remarks>
public sealed class RorRuleChecker
{
    private readonly int? _facilityNumber;
    private readonly Dictionary<string, FacilityFacts> _facilities = new(StringComparer.Ordinal);
    private int _elementaryUnits;
    private bool _completed;

    /// <summary>Creates a checker for one document.</summary>
    /// <param name="facilityNumber">The announced <c>facilityNumber</c> (RG_ALIM_019), or <see langword="null"/> when absent.</param>
    public RorRuleChecker(int? facilityNumber = null) => _facilityNumber = facilityNumber;

    /// <summary>Checks every entity of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="facilityNumber">The announced <c>facilityNumber</c>, if any.</param>
    /// <returns>The findings, in document order, cross-entity findings last.</returns>
    public static IReadOnlyList<RorRuleCheckerFinding> Check(CsdDocument document, int? facilityNumber = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var checker = new RorRuleChecker(facilityNumber);
        var findings = new List<RorRuleCheckerFinding>();
        foreach (var organization in document.Organizations)
        {
            findings.AddRange(checker.Check(organization));
        }

        foreach (var facility in document.Facilities)
        {
            findings.AddRange(checker.Check(facility));
        }

        findings.AddRange(checker.Complete());
        return findings;
    }

    /// <summary>Checks a stream of entities (e.g. <see cref="CsdReader.ReadEntitiesFromFileAsync"/>), yielding findings as they are found.</summary>
    /// <param name="entities">The entities of one document.</param>
    /// <param name="facilityNumber">The announced <c>facilityNumber</c>, if any.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The findings; the cross-entity ones come after the last entity.</returns>
    public static async IAsyncEnumerable<RorRuleCheckerFinding> CheckAsync(
        IAsyncEnumerable<CsdEntity> entities,
        int? facilityNumber = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var checker = new RorRuleChecker(facilityNumber);
        await foreach (var entity in entities.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var finding in checker.Check(entity))
            {
                yield return finding;
            }
        }

        foreach (var finding in checker.Complete())
        {
            yield return finding;
        }
    }

    /// <summary>Checks the rules local to one entity and records what the cross-entity rules need.</summary>
    /// <param name="entity">An organization, facility, service, provider or device.</param>
    /// <returns>The findings on this entity.</returns>
    /// <exception cref="InvalidOperationException">After <see cref="Complete"/>.</exception>
    public IReadOnlyList<RorRuleCheckerFinding> Check(CsdEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (_completed)
        {
            throw new InvalidOperationException("The checker is complete: use a new RorRuleChecker for another document.");
        }

        var findings = new List<RorRuleCheckerFinding>();
        switch (entity)
        {
            case Organization organization:
                CheckOrganization(organization, findings);
                break;
            case Facility facility:
                CheckFacility(facility, findings);
                break;
            default:
                CheckRecord(entity.Record, entity.EntityId, $"{ElementName(entity)}[@entityID='{entity.EntityId}']", findings);
                break;
        }

        return findings;
    }

    /// <summary>Checks the rules that need the whole document (RG_ALIM_019, RG_EXP_001, RG_ALIM_006).</summary>
    /// <returns>The cross-entity findings.</returns>
    public IReadOnlyList<RorRuleCheckerFinding> Complete()
    {
        if (_completed)
        {
            return [];
        }

        _completed = true;
        var findings = new List<RorRuleCheckerFinding>();
        if (_facilityNumber is { } announced && announced != _elementaryUnits)
        {
            findings.Add(new RorRuleCheckerFinding(
                "RG_ALIM_019",
                CsdValidationSeverity.Error,
                string.Empty,
                "result/@facilityNumber",
                string.Create(CultureInfo.InvariantCulture, $"facilityNumber is {announced} but the document holds {_elementaryUnits} elementary unit(s) (error 405).")));
        }

        var hasUnitBelow = new HashSet<string>(StringComparer.Ordinal);
        foreach (var facts in _facilities.Values)
        {
            if (facts.Level != InternalOrganizationLevel.ElementaryUnit)
            {
                continue;
            }

            // Walk up, marking ancestors; an ancestor already marked (or a cycle) ends the walk.
            var current = facts.ParentId;
            while (current is not null && hasUnitBelow.Add(current) && _facilities.TryGetValue(current, out var parent))
            {
                current = parent.ParentId;
            }
        }

        foreach (var (id, facts) in _facilities)
        {
            var path = FacilityPath(id);
            if (facts.Level is InternalOrganizationLevel.Pole or InternalOrganizationLevel.Service or InternalOrganizationLevel.FunctionalUnit
                && !hasUnitBelow.Contains(id))
            {
                findings.Add(new RorRuleCheckerFinding(
                    "RG_EXP_001",
                    CsdValidationSeverity.Warning,
                    id,
                    path,
                    "This internal organisation has no elementary unit (UE) below it in the document."));
            }

            if (facts.ParentId is { } parentId && _facilities.TryGetValue(parentId, out var parentFacts))
            {
                foreach (var field in facts.ActivityFields)
                {
                    if (!parentFacts.ActivityFields.Contains(field, StringComparer.Ordinal))
                    {
                        findings.Add(new RorRuleCheckerFinding(
                            "RG_ALIM_006",
                            CsdValidationSeverity.Error,
                            id,
                            path + "/extension/typeActivity",
                            $"Champ d'activité '{field}' is not on the parent internal organisation '{parentId}'."));
                    }
                }
            }
        }

        return findings;
    }

    private static string ElementName(CsdEntity entity) => entity switch
    {
        Organization => "organization",
        Facility => "facility",
        Service => "service",
        Provider => "provider",
        Device => "device",
        _ => "entity",
    };

    private static string FacilityPath(string entityId) => $"facility[@entityID='{entityId}']";

    private void CheckOrganization(Organization organization, List<RorRuleCheckerFinding> findings)
    {
        var path = $"organization[@entityID='{organization.EntityId}']";
        CheckRecord(organization.Record, organization.EntityId, path, findings);
        for (var e = 0; e < organization.Extensions.Count; e++)
        {
            CheckContacts(organization.Extensions[e].Contacts, organization.EntityId, ExtensionPath(path, e, organization.Extensions.Count), sensitive: false, findings);
        }
    }

    private void CheckFacility(Facility facility, List<RorRuleCheckerFinding> findings)
    {
        var id = facility.EntityId;
        var path = FacilityPath(id);
        CheckRecord(facility.Record, id, path, findings);

        var level = facility.GetLevel();
        var fields = facility.GetActivityFields();
        _facilities[id] = new FacilityFacts(level, facility.GetParentFacilityId(), fields);

        if (level == InternalOrganizationLevel.ElementaryUnit)
        {
            _elementaryUnits++;
            var declared = facility.Extensions.Sum(static extension => extension.ActivityTypes.Count);
            if (declared != 1)
            {
                findings.Add(new RorRuleCheckerFinding(
                    "RG_EXP_010",
                    CsdValidationSeverity.Error,
                    id,
                    path + "/extension/typeActivity",
                    string.Create(CultureInfo.InvariantCulture, $"An elementary unit has exactly one champ d'activité; found {declared}.")));
            }

            if (!facility.Extensions.Any(static extension => !string.IsNullOrWhiteSpace(extension.CareMode.Code)))
            {
                findings.Add(new RorRuleCheckerFinding(
                    "RG_EXP_011",
                    CsdValidationSeverity.Error,
                    id,
                    path + "/extension/careMode",
                    "An elementary unit has a care mode (careMode with a code)."));
            }
        }

        if (facility.GetInternalOrganizationIdentifier() is { } identifier && !identifier.Contains('/', StringComparison.Ordinal))
        {
            findings.Add(new RorRuleCheckerFinding(
                "ROR_OI_ID",
                CsdValidationSeverity.Error,
                id,
                path + "/otherID",
                "identifiantOI must have the form '<region>/<internal id>' (no '/' found)."));
        }

        var sensitive = facility.IsSensitiveUnit();
        for (var e = 0; e < facility.Extensions.Count; e++)
        {
            CheckContacts(facility.Extensions[e].Contacts, id, ExtensionPath(path, e, facility.Extensions.Count), sensitive, findings);
        }
    }

    private static string ExtensionPath(string entityPath, int index, int count) =>
        count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{entityPath}/extension[{index + 1}]") : entityPath + "/extension";

    private static void CheckContacts(
        IReadOnlyList<Contact> contacts,
        string entityId,
        string extensionPath,
        bool sensitive,
        List<RorRuleCheckerFinding> findings)
    {
        for (var c = 0; c < contacts.Count; c++)
        {
            var contact = contacts[c];
            var contactPath = string.Create(CultureInfo.InvariantCulture, $"{extensionPath}/contact[{c + 1}]");
            CheckRecord(contact.Record, entityId, contactPath, findings);

            var hasNature = contact.Nature is not null;
            var hasName = !string.IsNullOrWhiteSpace(contact.Name);
            var hasFunction = contact.Function is not null;
            if (hasNature && (hasName || hasFunction))
            {
                findings.Add(new RorRuleCheckerFinding(
                    "RG_EXP_040",
                    CsdValidationSeverity.Error,
                    entityId,
                    contactPath,
                    "A contact has either a nature, or a name and a function, not both."));
            }
            else if (!hasNature && !(hasName && hasFunction))
            {
                findings.Add(new RorRuleCheckerFinding(
                    "RG_EXP_041",
                    CsdValidationSeverity.Error,
                    entityId,
                    contactPath,
                    "A contact without nature has both a name and a function."));
            }

            var contactLevel = ParseLevel(contact.ConfidentialityLevel.Code);
            if (sensitive && contactLevel != 3)
            {
                findings.Add(new RorRuleCheckerFinding(
                    "RG_EXP_039",
                    CsdValidationSeverity.Error,
                    entityId,
                    contactPath + "/confidentialityLevel",
                    $"A contact of a sensitive unit is at level {ConfidentialityLevelCodes.VeryRestricted}; found '{contact.ConfidentialityLevel.Code}'."));
            }

            for (var p = 0; p < contact.ContactPoints.Count; p++)
            {
                var pointPath = string.Create(CultureInfo.InvariantCulture, $"{contactPath}/contactPoint[{p + 1}]");
                foreach (var extension in contact.ContactPoints[p].Extensions)
                {
                    CheckRecord(extension.Record, entityId, pointPath, findings);
                    var pointLevel = ParseLevel(extension.ConfidentialityLevel.Code);
                    if (pointLevel is { } telecom && contactLevel is { } owner && telecom < owner)
                    {
                        findings.Add(new RorRuleCheckerFinding(
                            "RG_EXP_034",
                            CsdValidationSeverity.Error,
                            entityId,
                            pointPath + "/extension/confidentialityLevel",
                            string.Create(CultureInfo.InvariantCulture, $"A telecom's confidentiality level ({telecom}) is at least its contact's ({owner}).")));
                    }

                    if (sensitive && pointLevel is { } level && level != 3)
                    {
                        findings.Add(new RorRuleCheckerFinding(
                            "RG_EXP_039",
                            CsdValidationSeverity.Error,
                            entityId,
                            pointPath + "/extension/confidentialityLevel",
                            string.Create(CultureInfo.InvariantCulture, $"A telecom of a sensitive unit is at level 3; found {level}.")));
                    }
                }
            }
        }
    }

    private static int? ParseLevel(string? code) =>
        int.TryParse(code?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 3 ? level : null;

    private static void CheckRecord(Metadata record, string entityId, string path, List<RorRuleCheckerFinding> findings)
    {
        if (record.Created > record.Updated)
        {
            findings.Add(new RorRuleCheckerFinding(
                "ROR_RECORD_DATES",
                CsdValidationSeverity.Error,
                entityId,
                path + "/record",
                "record/@created is after record/@updated."));
        }
    }

    private sealed record FacilityFacts(InternalOrganizationLevel Level, string? ParentId, IReadOnlyList<string> ActivityFields);
}
