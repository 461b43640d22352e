using System.Globalization;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Testing.Data;

/// <summary>
/// Builds the <see cref="EstablishmentPlan"/> of establishment <c>i</c> from the seed and <c>i</c> alone
/// (plus the seed and index of its legal-entity group), so that any establishment can be planned on its own.
/// </summary>
internal sealed class EstablishmentPlanner
{
    internal const int SaltGroupLayout = 1;
    internal const int SaltGroup = 2;
    internal const int SaltPlan = 3;
    internal const int SaltLegalEntity = 4;
    internal const int SaltEstablishment = 5;
    internal const int SaltUnit = 1_000;
    internal const int SaltProvider = 100_000;

    private const int MaximumUnits = 60;
    private const int MaximumProviders = 25;
    private const int GroupBlock = 4;

    // Legal-entity groups: a block of 4 consecutive establishments is split into runs sharing one EJ.
    private static readonly int[][] GroupPatterns =
    [
        [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1],
        [2, 1, 1], [1, 1, 2], [2, 2], [4], [3, 1],
    ];

    private static readonly (EstablishmentKind Kind, int Weight)[] KindWeights =
    [
        (EstablishmentKind.GeneralHospital, 6),
        (EstablishmentKind.PrivateClinic, 8),
        (EstablishmentKind.Rehabilitation, 7),
        (EstablishmentKind.Psychiatric, 4),
        (EstablishmentKind.ElderlyResidence, 35),
        (EstablishmentKind.DisabilityFacility, 20),
        (EstablishmentKind.HomeCareService, 10),
        (EstablishmentKind.HealthCentre, 10),
    ];

    private static readonly DepartmentTemplate[] GeneralDepartments = [.. SimulatedCatalog.HospitalDepartments.Take(11)];
    private static readonly DepartmentTemplate[] ClinicDepartments = [.. SimulatedCatalog.HospitalDepartments.Where(d => d.Pole is "POLE CHIRURGIE" or "POLE MEDECINE" or "POLE MEDICO-TECHNIQUE")];
    private static readonly DepartmentTemplate[] RehabilitationDepartments = [.. SimulatedCatalog.HospitalDepartments.Where(d => d.Pole is "POLE READAPTATION")];
    private static readonly DepartmentTemplate[] PsychiatryDepartments = [.. SimulatedCatalog.HospitalDepartments.Where(d => d.Pole is "POLE PSYCHIATRIE")];
    private static readonly Dictionary<string, FrenchCommune[]> CommunesByRegion =
        FrenchCommunes.All.GroupBy(c => c.Region, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private readonly RorDatasetOptions _options;
    private readonly long _historySeconds;

    public EstablishmentPlanner(RorDatasetOptions options)
    {
        _options = options;
        _historySeconds = (long)TimeSpan.FromDays(365.25 * options.HistoryYears).TotalSeconds;
    }

    public static string StructureIdOf(long index) => "199" + (2 * index + 1).ToString("D7", CultureInfo.InvariantCulture);

    public static string LegalStructureIdOf(long legalIndex) => "199" + (2 * legalIndex).ToString("D7", CultureInfo.InvariantCulture);

    public static long InternalNumberOf(long index, int ordinal) => 10_000_000L + index * 100 + ordinal;

    /// <summary>Recovers the index from a generated idNat_Struct of an establishment, or -1.</summary>
    public static long IndexOfStructureId(string structureId)
    {
        if (structureId.Length != 10 || !structureId.StartsWith("199", StringComparison.Ordinal)
            || !long.TryParse(structureId.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number % 2 == 0)
        {
            return -1;
        }

        return (number - 1) / 2;
    }

    /// <summary>Recovers (index, ordinal) from the local part of a generated identifiantOI, or (-1, -1).</summary>
    public static (long Index, int Ordinal) IndexOfInternalNumber(string localId)
    {
        if (!long.TryParse(localId, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 10_000_000L)
        {
            return (-1, -1);
        }

        number -= 10_000_000L;
        return (number / 100, (int)(number % 100));
    }

    /// <summary>The legal-entity group of an establishment: index of the group's first establishment (which gives its EJ) and the position in the group.</summary>
    public (long LegalIndex, int Position) GroupOf(long index)
    {
        var block = index / GroupBlock;
        var random = DeterministicRandom.For(_options.Seed, block, SaltGroupLayout);
        var pattern = random.Pick(GroupPatterns);
        var offset = (int)(index % GroupBlock);
        var start = 0;
        foreach (var run in pattern)
        {
            if (offset < start + run)
            {
                return (block * GroupBlock + start, offset - start);
            }

            start += run;
        }

        return (index, 0);
    }

    public EstablishmentPlan Plan(long index)
    {
        var (legalIndex, position) = GroupOf(index);
        var group = DeterministicRandom.For(_options.Seed, legalIndex, SaltGroup);
        var kind = PickKind(group);
        var groupCommune = group.Pick(FrenchCommunes.All);
        var legalDates = Dates(group, _options.ReferenceNow.AddSeconds(-_historySeconds), 0.7);

        var random = DeterministicRandom.For(_options.Seed, index, SaltPlan);
        var commune = position == 0 || random.Chance(0.7) ? groupCommune : PickInRegion(random, groupCommune.Region);
        var variant = random.Next(3);
        var dates = Dates(random, legalDates.Created, 0.3);
        var name = EstablishmentName(random, kind, variant, commune, position);
        DateOnly? closing = random.Chance(_options.ClosedEstablishmentShare)
            ? DateOnly.FromDateTime(dates.Updated.UtcDateTime)
            : null;

        var builder = new TreeBuilder(this, random, index, commune.Region, dates.Created);
        if (!random.Chance(_options.EmptyEstablishmentShare))
        {
            builder.Build(kind, variant);
        }

        builder.PropagateFields();
        var fields = builder.Units.Where(u => u.IsElementaryUnit).Select(u => u.Fields[0]).Distinct().Order(StringComparer.Ordinal).ToArray();
        var patients = builder.Units.Where(u => u.Template?.SupportedPatient is not null).Select(u => u.Template!.SupportedPatient!).Distinct().Order(StringComparer.Ordinal).ToArray();

        var last = legalDates.Updated > dates.Updated ? legalDates.Updated : dates.Updated;
        foreach (var item in builder.Units.Select(u => u.Dates.Updated)
            .Concat(builder.Services.Select(s => s.Dates.Updated))
            .Concat(builder.Devices.Select(d => d.Dates.Updated))
            .Concat(builder.Providers.Select(p => p.Dates.Updated)))
        {
            if (item > last)
            {
                last = item;
            }
        }

        return new EstablishmentPlan
        {
            Index = index,
            Kind = kind,
            Variant = variant,
            Commune = commune,
            LegalEntityIndex = legalIndex,
            LegalEntityCommune = groupCommune,
            PositionInGroup = position,
            LegalEntityEntityId = "ej_" + legalIndex.ToString(CultureInfo.InvariantCulture),
            LegalEntityStructureId = LegalStructureIdOf(legalIndex),
            LegalEntityDates = legalDates,
            EntityId = "eg_" + index.ToString(CultureInfo.InvariantCulture),
            StructureId = StructureIdOf(index),
            Name = name,
            Dates = dates,
            ClosingDate = closing,
            Units = builder.Units,
            Services = builder.Services,
            Devices = builder.Devices,
            Providers = builder.Providers,
            Fields = fields,
            SupportedPatients = patients,
            LastUpdated = last,
        };
    }

    /// <summary>
    /// Dates between <paramref name="notBefore"/> and now: created uniformly in the first
    /// <paramref name="creationSpan"/> of the remaining span, updated uniformly after it, and a quarter of the
    /// items never updated (created = updated, RG_EXP_023). Whole seconds.
    /// </summary>
    internal RecordDates Dates(DeterministicRandom random, DateTimeOffset notBefore, double creationSpan)
    {
        var now = _options.ReferenceNow;
        var span = Math.Max(0L, (long)(now - notBefore).TotalSeconds);
        var created = notBefore.AddSeconds((long)(span * creationSpan * random.NextDouble()));
        created = new DateTimeOffset(created.Ticks - created.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        if (random.Chance(0.25))
        {
            return new RecordDates(created, created);
        }

        var remaining = Math.Max(0L, (long)(now - created).TotalSeconds);
        return new RecordDates(created, created.AddSeconds((long)(remaining * random.NextDouble())));
    }

    private static EstablishmentKind PickKind(DeterministicRandom random)
    {
        var draw = random.Next(100);
        foreach (var (kind, weight) in KindWeights)
        {
            if (draw < weight)
            {
                return kind;
            }

            draw -= weight;
        }

        return EstablishmentKind.ElderlyResidence;
    }

    private static FrenchCommune PickInRegion(DeterministicRandom random, string region)
    {
        return random.Pick(CommunesByRegion[region]);
    }

    private static string EstablishmentName(DeterministicRandom random, EstablishmentKind kind, int variant, FrenchCommune commune, int position)
    {
        var residence = random.Pick(SimulatedCatalog.ResidenceNames);
        var site = position == 0 ? string.Empty : " - SITE " + (position + 1).ToString(CultureInfo.InvariantCulture);
        return kind switch
        {
            EstablishmentKind.GeneralHospital => "CENTRE HOSPITALIER DE " + commune.Name + site,
            EstablishmentKind.PrivateClinic => random.Pick(SimulatedCatalog.ClinicNames) + " " + commune.Name,
            EstablishmentKind.Rehabilitation => "CENTRE DE READAPTATION " + residence,
            EstablishmentKind.Psychiatric => "CENTRE HOSPITALIER SPECIALISE " + commune.Name + site,
            EstablishmentKind.ElderlyResidence => "EHPAD " + residence,
            EstablishmentKind.DisabilityFacility => variant switch { 0 => "IME ", 1 => "MAS ", _ => "ESAT " } + residence,
            EstablishmentKind.HomeCareService => "SSIAD DE " + commune.Name + site,
            _ => variant == 0 ? "CENTRE DE SANTE " + commune.Name + site : "MAISON DE SANTE PLURIPROFESSIONNELLE " + residence,
        };
    }

    /// <summary>Builds the OI tree, the services, devices and providers of one establishment.</summary>
    private sealed class TreeBuilder(EstablishmentPlanner planner, DeterministicRandom random, long index, string region, DateTimeOffset establishmentCreated)
    {
        private readonly Dictionary<string, int> _serviceByActivity = new(StringComparer.Ordinal);

        public List<PlannedUnit> Units { get; } = [];

        public List<PlannedService> Services { get; } = [];

        public List<PlannedDevice> Devices { get; } = [];

        public List<PlannedProvider> Providers { get; } = [];

        public void Build(EstablishmentKind kind, int variant)
        {
            switch (kind)
            {
                case EstablishmentKind.GeneralHospital:
                    BuildHospital(GeneralDepartments, random.Between(3, 7), withPoles: random.Chance(0.7), extraFields: true);
                    break;
                case EstablishmentKind.PrivateClinic:
                    BuildHospital(ClinicDepartments, random.Between(1, 3), withPoles: false, extraFields: false);
                    break;
                case EstablishmentKind.Rehabilitation:
                    BuildHospital(RehabilitationDepartments, 1, withPoles: false, extraFields: false);
                    break;
                case EstablishmentKind.Psychiatric:
                    BuildHospital(PsychiatryDepartments, random.Between(1, 3), withPoles: random.Chance(0.6), extraFields: false);
                    break;
                case EstablishmentKind.ElderlyResidence:
                    AddUnit(-1, SimulatedCatalog.ElderlyUnits[0]);
                    foreach (var template in SimulatedCatalog.ElderlyUnits.Skip(1))
                    {
                        if (random.Chance(0.4))
                        {
                            AddUnit(-1, template);
                        }
                    }

                    break;
                case EstablishmentKind.DisabilityFacility:
                    var units = variant switch
                    {
                        0 => SimulatedCatalog.DisabilityUnits.Take(2),
                        1 => SimulatedCatalog.DisabilityUnits.Skip(2).Take(1),
                        _ => SimulatedCatalog.DisabilityUnits.Skip(3),
                    };
                    foreach (var template in units)
                    {
                        AddUnit(-1, template);
                    }

                    break;
                case EstablishmentKind.HomeCareService:
                    AddUnit(-1, SimulatedCatalog.HomeCareUnits[0]);
                    if (random.Chance(0.4))
                    {
                        AddUnit(-1, SimulatedCatalog.HomeCareUnits[1]);
                    }

                    break;
                default:
                    foreach (var template in SimulatedCatalog.HealthCentreUnits)
                    {
                        if (template == SimulatedCatalog.HealthCentreUnits[0] || random.Chance(0.5))
                        {
                            AddUnit(-1, template);
                        }
                    }

                    break;
            }
        }

        private void BuildHospital(DepartmentTemplate[] catalog, int departmentCount, bool withPoles, bool extraFields)
        {
            var chosen = new List<DepartmentTemplate>();
            var pool = catalog.ToList();
            for (var i = 0; i < departmentCount && pool.Count > 0; i++)
            {
                var pick = random.Next(pool.Count);
                chosen.Add(pool[pick]);
                pool.RemoveAt(pick);
            }

            if (extraFields)
            {
                // A general hospital often also runs SMR or psychiatry.
                if (random.Chance(0.5))
                {
                    chosen.Add(RehabilitationDepartments[0]);
                }

                if (random.Chance(0.3))
                {
                    chosen.Add(PsychiatryDepartments[0]);
                }
            }

            var poles = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var department in chosen.OrderBy(d => d.Pole, StringComparer.Ordinal))
            {
                if (Units.Count >= MaximumUnits - 8)
                {
                    break;
                }

                // Some units hang directly under the establishment (no pôle, no service).
                if (random.Chance(0.1))
                {
                    AddUnit(-1, random.Pick(department.Units));
                    continue;
                }

                var parent = -1;
                if (withPoles)
                {
                    if (!poles.TryGetValue(department.Pole, out parent))
                    {
                        parent = AddStructure(-1, "1", department.Pole);
                        poles[department.Pole] = parent;
                    }
                }

                var service = AddStructure(parent, "2", department.Name);
                var holder = random.Chance(0.3) ? AddStructure(service, "3", "UF " + department.Name.Replace("SERVICE DE ", string.Empty, StringComparison.Ordinal).Replace("SERVICE D ", string.Empty, StringComparison.Ordinal)) : service;
                var added = 0;
                foreach (var template in department.Units)
                {
                    if (added == 0 || random.Chance(0.6))
                    {
                        AddUnit(holder, template);
                        added++;
                    }
                }
            }
        }

        private int AddStructure(int parent, string typeCode, string name)
        {
            var ordinal = Units.Count;
            Units.Add(new PlannedUnit
            {
                Ordinal = ordinal,
                EntityId = EntityId(ordinal),
                InternalId = InternalId(ordinal),
                TypeCode = typeCode,
                Parent = parent,
                Name = name,
                Dates = planner.Dates(random, establishmentCreated, 0.4),
            });
            return ordinal;
        }

        private void AddUnit(int parent, UnitTemplate template)
        {
            var ordinal = Units.Count;
            var sensitive = random.Chance(Math.Max(template.SensitiveChance, planner._options.SensitiveUnitShare));
            var unit = new PlannedUnit
            {
                Ordinal = ordinal,
                EntityId = EntityId(ordinal),
                InternalId = InternalId(ordinal),
                TypeCode = InternalOrganizationTypeCodes.ElementaryUnit,
                Parent = parent,
                Name = template.Name,
                Template = template,
                IsSensitive = sensitive,
                Dates = planner.Dates(random, establishmentCreated, 0.6),
            };
            unit.Fields.Add(template.Field);
            Units.Add(unit);

            foreach (var activity in template.Activities)
            {
                if (!_serviceByActivity.TryGetValue(activity, out var service))
                {
                    service = Services.Count;
                    Services.Add(new PlannedService(service, Prefixed("srv_", service), activity, planner.Dates(random, establishmentCreated, 0.2)));
                    _serviceByActivity[activity] = service;
                }

                unit.Services.Add(service);
            }

            foreach (var equipment in template.Equipment)
            {
                var device = Devices.Count;
                Devices.Add(new PlannedDevice(device, Prefixed("dev_", device), equipment, ordinal, planner.Dates(random, unit.Dates.Created, 0.5)));
                unit.Devices.Add(device);
            }

            var providers = template.Field switch
            {
                ActivityFieldCodes.Ambulatory => random.Between(1, 3),
                ActivityFieldCodes.MedicoSocial => random.Chance(0.3) ? 1 : 0,
                _ => random.Chance(0.4) ? random.Between(1, 2) : 0,
            };
            for (var p = 0; p < providers && Providers.Count < MaximumProviders; p++)
            {
                var provider = Providers.Count;
                var profession = template.Activities[0] switch
                {
                    "902" => SimulatedCatalog.Professions[1],
                    "903" => SimulatedCatalog.Professions[2],
                    "301" or "302" when p > 0 => SimulatedCatalog.Professions[3],
                    _ => random.Chance(0.8) ? SimulatedCatalog.Professions[0] : SimulatedCatalog.Professions[1],
                };
                var nationalId = "899" + (index * MaximumProviders + provider).ToString("D9", CultureInfo.InvariantCulture);
                Providers.Add(new PlannedProvider(provider, Prefixed("ps_", provider), nationalId, profession, ordinal, unit.Services[0], planner.Dates(random, unit.Dates.Created, 0.5)));
            }
        }

        /// <summary>RG_ALIM_006: every OI carries the champs of all its descendants.</summary>
        public void PropagateFields()
        {
            for (var i = Units.Count - 1; i >= 0; i--)
            {
                var unit = Units[i];
                unit.Fields.Sort(StringComparer.Ordinal);
                if (unit.Parent < 0)
                {
                    continue;
                }

                var parent = Units[unit.Parent];
                foreach (var field in unit.Fields)
                {
                    if (!parent.Fields.Contains(field))
                    {
                        parent.Fields.Add(field);
                    }
                }
            }
        }

        private string EntityId(int ordinal) => "oi_" + index.ToString(CultureInfo.InvariantCulture) + "_" + ordinal.ToString(CultureInfo.InvariantCulture);

        private string InternalId(int ordinal) => region + "/" + InternalNumberOf(index, ordinal).ToString(CultureInfo.InvariantCulture);

        private string Prefixed(string prefix, int ordinal) => prefix + index.ToString(CultureInfo.InvariantCulture) + "_" + ordinal.ToString(CultureInfo.InvariantCulture);
    }
}
