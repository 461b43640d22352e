using Ror.Client.Csd;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;
using Ror.Client.Testing.Data;

namespace Ror.Client.Testing.Tests.Data;

public sealed class RorDatasetGeneratorTests
{
    private static readonly RorDatasetOptions SmallOptions = new() { Seed = 42, EstablishmentCount = 300 };

    private static readonly Lazy<IReadOnlyList<EstablishmentBundle>> SmallDataset =
        new(() => new RorDatasetGenerator(SmallOptions).GenerateEstablishments().ToList());

    [Fact]
    public void GenerateEstablishments_SameOptions_GiveEqualData()
    {
        var first = new RorDatasetGenerator(SmallOptions).GenerateEstablishments().Take(50).ToList();
        var second = new RorDatasetGenerator(SmallOptions with { }).GenerateEstablishments().Take(50).ToList();

        Assert.True(first.SequenceEqual(second), "Two generators with the same options must produce equal establishments.");
    }

    [Fact]
    public void GenerateEstablishments_DifferentSeeds_GiveDifferentData()
    {
        var first = new RorDatasetGenerator(SmallOptions).GenerateEstablishment(7);
        var second = new RorDatasetGenerator(SmallOptions with { Seed = 43 }).GenerateEstablishment(7);

        Assert.NotEqual(first, second);
        Assert.Equal(first.StructureId, second.StructureId);
    }

    private const string PinnedFingerprint =
        "EHPAD LE CLOS FLEURI;CCAS DE PERPIGNAN;2025-07-13T18:46:43.0000000+00:00;2;1;66136 | "
        + "EHPAD LE BOIS JOLI;CCAS DE PERPIGNAN;2025-11-13T16:50:41.0000000+00:00;1;1;66136 | "
        + "SSIAD DE MULHOUSE;ASSOCIATION LES HORTENSIAS MULHOUSE;2023-06-21T21:36:10.0000000+00:00;2;0;68224 | "
        + "EHPAD LES CEDRES;ASSOCIATION LES HORTENSIAS REIMS;2024-01-21T03:33:56.0000000+00:00;3;0;51454";

    [Fact]
    public void GenerateEstablishment_SeedOne_MatchesPinnedValues()
    {
        // Pinned values: the generator must not depend on the process, the runtime's hashing or the clock.
        var generator = new RorDatasetGenerator(new RorDatasetOptions { Seed = 1, EstablishmentCount = 10 });

        var fingerprint = string.Join(" | ", Enumerable.Range(0, 4).Select(i => generator.GenerateEstablishment(i)).Select(b =>
            $"{b.Establishment.PrimaryName};{b.LegalEntity.PrimaryName};{b.LastUpdated:o};{b.Facilities.Count};{b.Providers.Count};{b.Establishment.Extensions[0].Location!.CityNumber.Code}"));

        Assert.Equal(PinnedFingerprint, fingerprint);
    }

    [Fact]
    public void GenerateEstablishment_ByIndex_EqualsTheSameEstablishmentInTheFullEnumeration()
    {
        var generator = new RorDatasetGenerator(SmallOptions);

        foreach (var index in new[] { 0, 1, 17, 299 })
        {
            Assert.Equal(SmallDataset.Value[index], generator.GenerateEstablishment(index));
        }
    }

    [Fact]
    public void DescribeEstablishment_EqualsTheSummaryOfTheGeneratedEstablishment()
    {
        var generator = new RorDatasetGenerator(SmallOptions);

        for (var i = 0; i < SmallDataset.Value.Count; i++)
        {
            Assert.Equal(SmallDataset.Value[i].Summarize(), generator.DescribeEstablishment(i));
        }
    }

    [Fact]
    public void EnumerateDirectories_HoldExactlyTheEntitiesOfTheEstablishments()
    {
        var generator = new RorDatasetGenerator(SmallOptions);
        var bundles = SmallDataset.Value;

        Assert.Equal(bundles.SelectMany(b => b.Facilities), generator.EnumerateFacilities());
        Assert.Equal(bundles.SelectMany(b => b.Services), generator.EnumerateServices());
        Assert.Equal(bundles.SelectMany(b => b.Devices), generator.EnumerateDevices());
        Assert.Equal(bundles.SelectMany(b => b.Providers), generator.EnumerateProviders());
        Assert.Equal(
            bundles.SelectMany(b => new[] { b.LegalEntity, b.Establishment }).DistinctBy(o => o.EntityId),
            generator.EnumerateOrganizations());
    }

    [Fact]
    public void GenerateEstablishments_EntityIdsAndBusinessIdentifiers_AreUnique()
    {
        var document = new RorDatasetGenerator(SmallOptions).GenerateDocument();
        var entityIds = document.Organizations.Select(o => o.EntityId)
            .Concat(document.Services.Select(s => s.EntityId))
            .Concat(document.Facilities.Select(f => f.EntityId))
            .Concat(document.Providers.Select(p => p.EntityId))
            .Concat(document.Devices.Select(d => d.EntityId))
            .ToList();
        var structureIds = document.Organizations.Select(o => o.OtherIds[0].Code).ToList();
        var internalIds = document.Facilities.Select(f => f.OtherIds[0].Code).ToList();
        var providerIds = document.Providers.Select(p => p.OtherIds[0].Code).ToList();

        Assert.Equal(entityIds.Count, entityIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(structureIds.Count, structureIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(internalIds.Count, internalIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(providerIds.Count, providerIds.Distinct(StringComparer.Ordinal).Count());
        Assert.True(document.Organizations.Count > SmallOptions.EstablishmentCount, "Legal entities must be listed next to the establishments.");
        Assert.True(document.Organizations.Count < 2 * SmallOptions.EstablishmentCount, "Some legal entities must run several establishments.");
    }

    [Fact]
    public void GenerateEstablishments_Identifiers_HaveTheRorForms()
    {
        foreach (var bundle in SmallDataset.Value)
        {
            Assert.Matches("^199[0-9]{7}$", bundle.StructureId);
            Assert.Matches("^199[0-9]{7}$", bundle.LegalEntity.OtherIds[0].Code);
            Assert.True(RorDatasetGenerator.TryGetIndex(bundle.StructureId, out var index), $"{bundle.StructureId} must map back to its index.");
            Assert.Equal(bundle.StructureId, RorDatasetGenerator.GetStructureId(index));
            foreach (var facility in bundle.Facilities)
            {
                Assert.Matches("^[0-9]{2}/[0-9]{8,}$", facility.OtherIds[0].Code);
            }
        }
    }

    [Fact]
    public void GenerateEstablishments_EveryUnit_HasExactlyOneChampAndACareMode()
    {
        var units = SmallDataset.Value.SelectMany(b => b.Facilities).Where(EstablishmentBundle.IsElementaryUnit).ToList();

        Assert.NotEmpty(units);
        foreach (var unit in units)
        {
            var extension = Assert.Single(unit.Extensions);
            var field = Assert.Single(extension.ActivityTypes);
            Assert.Equal(RorCodeSystems.ActivityField, field.CodingScheme);
            Assert.False(string.IsNullOrEmpty(extension.CareMode.Code), $"Unit {unit.EntityId} has no care mode.");
            Assert.Equal(RorCodeSystems.CareMode, extension.CareMode.CodingScheme);
        }
    }

    [Fact]
    public void GenerateEstablishments_Champs_PropagateUpTheTree()
    {
        foreach (var bundle in SmallDataset.Value)
        {
            var byId = bundle.Facilities.ToDictionary(f => f.EntityId);
            foreach (var facility in bundle.Facilities)
            {
                var parentId = facility.Extensions[0].ParentFacility?.EntityId;
                if (parentId is null)
                {
                    continue;
                }

                var parentFields = byId[parentId].Extensions[0].ActivityTypes.Select(t => t.Code).ToHashSet();
                foreach (var field in facility.Extensions[0].ActivityTypes)
                {
                    Assert.True(parentFields.Contains(field.Code), $"RG_ALIM_006: champ {field.Code} of {facility.EntityId} is missing on its parent {parentId}.");
                }
            }
        }
    }

    [Fact]
    public void GenerateEstablishments_EveryInternalOrganization_HasAnElementaryUnitBelow()
    {
        foreach (var bundle in SmallDataset.Value)
        {
            var parents = bundle.Facilities.Select(f => f.Extensions[0].ParentFacility?.EntityId).OfType<string>().ToHashSet();
            foreach (var facility in bundle.Facilities.Where(f => !EstablishmentBundle.IsElementaryUnit(f)))
            {
                Assert.True(parents.Contains(facility.EntityId), $"RG_EXP_001: {facility.EntityId} ({facility.PrimaryName}) has no child.");
            }
        }
    }

    [Fact]
    public void GenerateEstablishments_Trees_HaveVariedShapes()
    {
        var facilities = SmallDataset.Value.SelectMany(b => b.Facilities).ToList();
        var typeCodes = facilities.Select(f => f.Codes[0].Code).ToHashSet();

        Assert.Equal(["1", "2", "3", "4"], typeCodes.Order());
        Assert.Contains(facilities, f => EstablishmentBundle.IsElementaryUnit(f) && f.Extensions[0].ParentFacility is null);
        Assert.Contains(facilities, f => EstablishmentBundle.IsElementaryUnit(f) && f.Extensions[0].ParentFacility is not null);
        Assert.Contains(SmallDataset.Value, b => b.Facilities.Count == 0);
        Assert.Contains(facilities, f => f.Extensions[0].IsSensitiveUnit);
    }

    [Fact]
    public void GenerateEstablishments_Links_ResolveInsideTheEstablishment()
    {
        foreach (var bundle in SmallDataset.Value)
        {
            Assert.Null(bundle.LegalEntity.Parent);
            Assert.Equal(bundle.LegalEntity.EntityId, bundle.Establishment.Parent?.EntityId);
            var facilityIds = bundle.Facilities.Select(f => f.EntityId).ToHashSet();
            var serviceIds = bundle.Services.Select(s => s.EntityId).ToHashSet();
            var deviceIds = bundle.Devices.Select(d => d.EntityId).ToHashSet();
            foreach (var facility in bundle.Facilities)
            {
                Assert.Equal(bundle.Establishment.EntityId, Assert.Single(facility.Organizations).EntityId);
                Assert.All(facility.Organizations[0].Services, s => Assert.Contains(s.EntityId, serviceIds));
                Assert.All(facility.Extensions[0].Equipment, e => Assert.Contains(e.EntityId, deviceIds));
                if (facility.Extensions[0].ParentFacility is { } parent)
                {
                    Assert.Contains(parent.EntityId, facilityIds);
                }
            }

            foreach (var provider in bundle.Providers)
            {
                Assert.All(provider.Facilities, f => Assert.Contains(f.EntityId, facilityIds));
                Assert.All(provider.Facilities.SelectMany(f => f.Services), s => Assert.Contains(s.EntityId, serviceIds));
            }
        }
    }

    [Fact]
    public void GenerateEstablishments_RecordDates_AreOrderedAndNotAfterNow()
    {
        var now = SmallOptions.ReferenceNow;
        foreach (var record in SmallDataset.Value.SelectMany(ModelWalker.All<Metadata>))
        {
            Assert.True(record.Created <= record.Updated, $"created {record.Created:o} is after updated {record.Updated:o}.");
            Assert.True(record.Updated <= now, $"updated {record.Updated:o} is after the reference now {now:o}.");
        }
    }

    [Fact]
    public void GenerateEstablishments_LastUpdates_SpreadOverTheHistory()
    {
        var now = SmallOptions.ReferenceNow;
        var lastUpdates = SmallDataset.Value.Select(b => b.LastUpdated).ToList();

        var lastYear = lastUpdates.Count(u => u > now.AddYears(-1));
        var lastMonth = lastUpdates.Count(u => u > now.AddMonths(-1));

        Assert.InRange(lastYear, lastUpdates.Count / 10, lastUpdates.Count * 9 / 10);
        Assert.InRange(lastMonth, 1, lastYear - 1);
        Assert.Contains(lastUpdates, u => u < now.AddYears(-2));
    }

    [Fact]
    public void GenerateEstablishments_Contacts_UseEveryConfidentialityLevelAndFictionalTelecoms()
    {
        var contacts = SmallDataset.Value.SelectMany(ModelWalker.All<Contact>).ToList();
        var telecoms = SmallDataset.Value.SelectMany(ModelWalker.All<ContactPoint>).ToList();

        Assert.Equal(["1", "2", "3"], contacts.Select(c => c.ConfidentialityLevel.Code).Distinct().Order());
        foreach (var contact in contacts)
        {
            Assert.True(contact.Nature is null ^ (contact.Name is null && contact.Function is null), "RG_EXP_040/041: a contact has a nature, or a name and a function.");
            foreach (var point in contact.ContactPoints)
            {
                var level = point.Extensions[0].ConfidentialityLevel.Code;
                Assert.True(string.CompareOrdinal(level, contact.ConfidentialityLevel.Code) >= 0, "RG_EXP_034: a telecom is at least as confidential as its contact.");
            }
        }

        foreach (var point in telecoms)
        {
            if (point.Channel.Code == CommunicationChannelCodes.Email)
            {
                Assert.EndsWith("@exemple.invalid", point.Equipment, StringComparison.Ordinal);
            }
            else
            {
                Assert.Matches("^0199[0-9]{6}$", point.Equipment);
            }
        }
    }

    [Fact]
    public void GenerateEstablishments_SensitiveUnits_HaveVeryRestrictedContacts()
    {
        var sensitive = SmallDataset.Value.SelectMany(b => b.Facilities).Where(f => f.Extensions[0].IsSensitiveUnit).ToList();

        Assert.NotEmpty(sensitive);
        Assert.All(sensitive.SelectMany(f => f.Extensions[0].Contacts), c => Assert.Equal(ConfidentialityLevelCodes.VeryRestricted, c.ConfidentialityLevel.Code));
    }

    [Fact]
    public void GenerateEstablishments_Content_CoversTheRorExtensions()
    {
        var bundles = SmallDataset.Value;
        var units = bundles.SelectMany(b => b.Facilities).Where(EstablishmentBundle.IsElementaryUnit).Select(f => f.Extensions[0]).ToList();
        var prices = bundles.SelectMany(b => b.Establishment.Extensions).SelectMany(e => e.Prices).ToList();

        Assert.Contains(units, u => u.AccommodationCapacity?.Beds is { Total: > 0, Available: not null, UpdateDate: not null });
        Assert.Contains(units, u => u.AccommodationCapacity?.Places is { Total: > 0 });
        Assert.Contains(units, u => u.CrisisAccommodationCapacity is not null);
        Assert.Contains(units, u => u.ResidentialCapacities.Count > 0);
        Assert.Contains(units, u => u.ResourceSkills is not null);
        Assert.Contains(units, u => u.Equipment.Count > 0);
        Assert.Contains(units, u => u.SpecificActs.Count > 0);
        Assert.Contains(units, u => u.CareSpecializations.Count > 0);
        Assert.Contains(units, u => u.MailBoxes.Count > 0);
        Assert.Contains(units, u => u.PatientType.SupportedPatients.Count > 0);
        Assert.Contains(bundles.SelectMany(b => b.Facilities), f => f.OperatingHours.Count > 0);
        Assert.Contains(bundles.SelectMany(b => b.Services), s => s.Extension?.ActivityFamilies.Count > 0);
        Assert.Contains(bundles.SelectMany(b => b.Devices), d => d.Extension?.UnitsInService > 0);
        Assert.Contains(bundles.SelectMany(b => b.Providers), p => p.Extensions[0].OperationalStatus.ExerciseModeInUnit.Code.Length > 0 && p.Demographic.Names.Count > 0);
        Assert.Contains(bundles, b => b.Establishment.Extensions[0].ClosingDate is not null);
        Assert.Contains(bundles, b => b.Establishment.Extensions[0].DropZone is not null);
        foreach (var variant in new[] { typeof(BasePackageAccommodationPrice), typeof(DependencyPrice), typeof(ResidentialSurchargePrice), typeof(HomeDayPrice), typeof(MealDeliveryPrice), typeof(HumanHelpPrice), typeof(OtherSurchargePrice) })
        {
            Assert.True(prices.Any(p => p.Details.GetType() == variant), $"No price of variant {variant.Name}.");
        }
    }

    [Fact]
    public void GenerateEstablishments_Locations_UseRealCommunesNearTheirCoordinates()
    {
        var locations = SmallDataset.Value.SelectMany(ModelWalker.All<Location>).ToList();

        Assert.NotEmpty(locations);
        foreach (var location in locations)
        {
            Assert.Equal(RorCodeSystems.Commune, location.CityNumber.CodingScheme);
            Assert.Matches("^([0-9]{5}|2[AB][0-9]{3})$", location.CityNumber.Code);
            var line = Assert.Single(location.Address!.Lines);
            Assert.Matches("^[0-9]{5}$", line.PostCode);
            Assert.Equal(location.CityNumber.Label, line.CityName);
            Assert.InRange(location.GeoCoordinates!.Latitude, -25m, 52m);
        }
    }

    [Fact]
    public void Constructor_InvalidCount_ThrowsNamingTheOption()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RorDatasetGenerator(new RorDatasetOptions { EstablishmentCount = -1 }));

        Assert.Equal(nameof(RorDatasetOptions.EstablishmentCount), error.ParamName);
    }

    [Fact]
    public void DescribeEstablishment_NationalScale_WorksWithoutGeneratingTheDataset()
    {
        var generator = new RorDatasetGenerator(new RorDatasetOptions { Seed = 5, EstablishmentCount = 150_000 });

        var last = generator.DescribeEstablishment(149_999);

        Assert.Equal(RorDatasetGenerator.GetStructureId(149_999), last.StructureId);
        Assert.Equal(generator.GenerateEstablishment(149_999).Summarize(), last);
    }

    [Fact]
    public async Task WriteDocumentAsync_SmallDataset_WritesTheGeneratedDocumentAndCountsItsEntities()
    {
        var generator = new RorDatasetGenerator(new RorDatasetOptions { Seed = 42, EstablishmentCount = 20 });
        var document = generator.GenerateDocument();
        using var expected = new MemoryStream();
        await CsdWriter.WriteDocumentAsync(expected, document);

        using var streamed = new MemoryStream();
        long entities = await generator.WriteDocumentAsync(streamed);

        Assert.True(expected.ToArray().AsSpan().SequenceEqual(streamed.ToArray()), "The streamed document must be byte-identical to the materialised one written by CsdWriter.");
        long count = document.Organizations.Count + document.Services.Count + document.Facilities.Count + document.Providers.Count + document.Devices.Count;
        Assert.Equal(count, entities);
        Assert.True(streamed.CanWrite, "The stream must be left open.");
    }
}
