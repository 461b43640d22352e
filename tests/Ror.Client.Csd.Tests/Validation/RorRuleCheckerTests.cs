using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Csd.Tests.Fixtures;
using Ror.Client.Csd.Validation;
using static Ror.Client.Csd.Tests.Fixtures.CsdFixtures;

namespace Ror.Client.Csd.Tests.Validation;

public sealed class RorRuleCheckerTests
{
    private static Facility Unit => CsdFixtures.Rich.Facilities.Single(static f => f.EntityId == MedicalUnitId);

    private static CsdDocument WithFacility(Facility replacement) => CsdFixtures.Rich with
    {
        Facilities = [.. CsdFixtures.Rich.Facilities.Select(f => f.EntityId == replacement.EntityId ? replacement : f)],
    };

    private static Facility WithExtension(Facility facility, Func<FacilityExtension, FacilityExtension> change) =>
        facility with { Extensions = [change(facility.Extensions[0]), .. facility.Extensions.Skip(1)] };

    private static Contact NamedContact(string level, params ContactPoint[] points) => new()
    {
        Name = "Accueil",
        Function = Code("10", "2.999.1"),
        ConfidentialityLevel = Level(level),
        ContactPoints = [.. points],
        Record = Record(),
    };

    private static IReadOnlyList<RorRuleCheckerFinding> Findings(CsdDocument document, string ruleId, int? facilityNumber = null) =>
        [.. RorRuleChecker.Check(document, facilityNumber).Where(f => f.RuleId == ruleId)];

    [Fact]
    public void Check_RichDocument_FindsNothing()
    {
        var findings = RorRuleChecker.Check(CsdFixtures.Rich, RichElementaryUnitCount);

        Assert.True(findings.Count == 0, "The rich fixture follows the ROR rules; found: " + string.Join(" | ", findings));
    }

    [Fact]
    public void Check_FacilityNumberDiffersFromUnitCount_ReportsRgAlim019()
    {
        var finding = Assert.Single(Findings(CsdFixtures.Rich, "RG_ALIM_019", RichElementaryUnitCount + 1));

        Assert.Equal(CsdValidationSeverity.Error, finding.Severity);
        Assert.Contains("facilityNumber", finding.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnitWithTwoActivityFields_ReportsRgExp010()
    {
        var unit = WithExtension(Unit, e => e with { ActivityTypes = [ActivityField(ActivityFieldCodes.Mco), ActivityField(ActivityFieldCodes.Psychiatry)] });

        var finding = Assert.Single(Findings(WithFacility(unit), "RG_EXP_010"));

        Assert.Equal(MedicalUnitId, finding.EntityId);
        Assert.Equal($"facility[@entityID='{MedicalUnitId}']/extension/typeActivity", finding.Path);
    }

    [Fact]
    public void Check_UnitWithEmptyCareMode_ReportsRgExp011()
    {
        var unit = WithExtension(Unit, e => e with { CareMode = Code(string.Empty, string.Empty) });

        var finding = Assert.Single(Findings(WithFacility(unit), "RG_EXP_011"));

        Assert.Equal(MedicalUnitId, finding.EntityId);
    }

    [Fact]
    public void Check_PoleWithoutUnitBelow_WarnsRgExp001()
    {
        var document = CsdFixtures.Rich with { Facilities = [.. CsdFixtures.Rich.Facilities.Where(static f => !Ror.Client.Csd.Offer.RorOfferClassification.IsElementaryUnit(f))] };

        var findings = Findings(document, "RG_EXP_001");

        Assert.Contains(findings, f => f.EntityId == PoleId && f.Severity == CsdValidationSeverity.Warning);
    }

    [Fact]
    public void Check_ChildChampMissingOnParent_ReportsRgAlim006()
    {
        var unit = WithExtension(Unit, e => e with { ActivityTypes = [ActivityField(ActivityFieldCodes.MedicoSocial)] });

        var finding = Assert.Single(Findings(WithFacility(unit), "RG_ALIM_006"));

        Assert.Equal(MedicalUnitId, finding.EntityId);
        Assert.Contains(ActivityFieldCodes.MedicoSocial, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TelecomLevelBelowContactLevel_ReportsRgExp034()
    {
        var unit = WithExtension(Unit, e => e with { Contacts = [NamedContact(ConfidentialityLevelCodes.Restricted, Phone("0199000000", ConfidentialityLevelCodes.Public))] });

        var finding = Assert.Single(Findings(WithFacility(unit), "RG_EXP_034"));

        Assert.Equal($"facility[@entityID='{MedicalUnitId}']/extension/contact[1]/contactPoint[1]/extension/confidentialityLevel", finding.Path);
    }

    [Fact]
    public void Check_SensitiveUnitContactBelowLevel3_ReportsRgExp039()
    {
        var unit = WithExtension(Unit, e => e with
        {
            IsSensitiveUnit = true,
            Contacts = [NamedContact(ConfidentialityLevelCodes.Public, Phone("0199000000", ConfidentialityLevelCodes.VeryRestricted))],
        });

        var finding = Assert.Single(Findings(WithFacility(unit), "RG_EXP_039"));

        Assert.Equal($"facility[@entityID='{MedicalUnitId}']/extension/contact[1]/confidentialityLevel", finding.Path);
    }

    [Fact]
    public void Check_ContactWithNatureAndName_ReportsRgExp040()
    {
        var contact = NamedContact(ConfidentialityLevelCodes.Public) with { Nature = Code("01", "2.999.2") };
        var unit = WithExtension(Unit, e => e with { Contacts = [contact] });

        Assert.Single(Findings(WithFacility(unit), "RG_EXP_040"));
    }

    [Fact]
    public void Check_ContactWithNameButNoFunction_ReportsRgExp041()
    {
        var contact = NamedContact(ConfidentialityLevelCodes.Public) with { Function = null };
        var unit = WithExtension(Unit, e => e with { Contacts = [contact] });

        Assert.Single(Findings(WithFacility(unit), "RG_EXP_041"));
    }

    [Fact]
    public void Check_InternalOrganizationIdWithoutSlash_ReportsIt()
    {
        var unit = Unit with { OtherIds = [InternalOrganizationId("52100041")] };

        var finding = Assert.Single(Findings(WithFacility(unit), "ROR_OI_ID"));

        Assert.Equal(MedicalUnitId, finding.EntityId);
    }

    [Fact]
    public void Check_CreatedAfterUpdated_ReportsRecordDates()
    {
        var unit = Unit with { Record = Record(created: Created.AddDays(2), updated: Created) };

        var finding = Assert.Single(Findings(WithFacility(unit), "ROR_RECORD_DATES"));

        Assert.Equal($"facility[@entityID='{MedicalUnitId}']/record", finding.Path);
    }

    [Fact]
    public async Task CheckAsync_EntityStream_FindsWhatCheckFinds()
    {
        var unit = WithExtension(Unit, e => e with { ActivityTypes = [ActivityField(ActivityFieldCodes.MedicoSocial), ActivityField(ActivityFieldCodes.Mco)] });
        var document = WithFacility(unit);
        var expected = RorRuleChecker.Check(document, 7);

        var streamed = new List<RorRuleCheckerFinding>();
        await foreach (var finding in RorRuleChecker.CheckAsync(Entities(document), 7))
        {
            streamed.Add(finding);
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(static f => f.ToString()), streamed.OrderBy(static f => f.ToString()));
    }

    [Fact]
    public void Check_EntityAfterComplete_Throws()
    {
        var checker = new RorRuleChecker();
        checker.Complete();

        Assert.Throws<InvalidOperationException>(() => checker.Check(Unit));
    }

    private static async IAsyncEnumerable<CsdEntity> Entities(CsdDocument document)
    {
        foreach (var entity in document.Organizations.Cast<CsdEntity>().Concat(document.Services).Concat(document.Facilities).Concat(document.Providers).Concat(document.Devices))
        {
            await Task.Yield();
            yield return entity;
        }
    }
}
