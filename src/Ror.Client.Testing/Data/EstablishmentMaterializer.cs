using System.Globalization;
using Ror.Client.Csd;
using Ror.Client.Csd.Identifiers;
using Ror.Client.Csd.Models;
using Ror.Client.Csd.Nomenclatures;

namespace Ror.Client.Testing.Data;

/// <summary>
/// Turns an <see cref="EstablishmentPlan"/> into CSD entities. Each entity draws from its own
/// <see cref="DeterministicRandom"/> (seed, establishment, entity), so any directory can be materialised
/// without the others and always gives the same content.
/// </summary>
internal sealed class EstablishmentMaterializer(RorDatasetOptions options)
{
    private const string Status = "Ok";

    public Organization LegalEntity(EstablishmentPlan plan)
    {
        var random = DeterministicRandom.For(options.Seed, plan.LegalEntityIndex, EstablishmentPlanner.SaltLegalEntity);
        var dates = plan.LegalEntityDates;
        var commune = plan.LegalEntityCommune;
        var (status, aggregate, name) = plan.Kind switch
        {
            EstablishmentKind.GeneralHospital or EstablishmentKind.Psychiatric =>
                (new CodeEntry("13", "Etablissement Public Communal d'Hospitalisation"), new CodeEntry("1", "Etablissement public"), "CENTRE HOSPITALIER " + commune.Name),
            EstablishmentKind.PrivateClinic or EstablishmentKind.Rehabilitation =>
                (new CodeEntry("95", "Société par Actions Simplifiée (S.A.S.)"), new CodeEntry("3", "Etablissement privé à caractère commercial"), "SAS " + random.Pick(SimulatedCatalog.ClinicNames)),
            _ when random.Chance(0.2) =>
                (new CodeEntry("21", "Centre Communal d'Action Sociale"), new CodeEntry("1", "Etablissement public"), "CCAS DE " + commune.Name),
            _ =>
                (new CodeEntry("60", "Association Loi 1901 non Reconnue d'Utilité Publique"), new CodeEntry("2", "Etablissement privé à but non lucratif"), "ASSOCIATION " + random.Pick(SimulatedCatalog.ResidenceNames) + " " + commune.Name),
        };

        return new Organization
        {
            EntityId = plan.LegalEntityEntityId,
            OtherIds = [StructureId(plan.LegalEntityStructureId)],
            Codes =
            [
                Coded(status.Code, RorCodeSystems.LegalStatus, status.Label),
                Coded(aggregate.Code, StandInCodeSystems.LegalStatusAggregate, aggregate.Label),
            ],
            PrimaryName = name,
            Extensions =
            [
                new OrganizationExtension
                {
                    Contacts = [NatureContact(random, "01", "Standard", ConfidentialityLevelCodes.Public, dates, email: "siege.ej" + plan.LegalEntityIndex.ToString(CultureInfo.InvariantCulture))],
                    Location = Location(random, commune, dates),
                    CreationDate = DateOnly.FromDateTime(dates.Created.UtcDateTime),
                },
            ],
            Record = Record(dates),
        };
    }

    public Organization Establishment(EstablishmentPlan plan)
    {
        var random = DeterministicRandom.For(options.Seed, plan.Index, EstablishmentPlanner.SaltEstablishment);
        var dates = plan.Dates;
        var (category, label) = Category(plan);
        var isHospital = plan.Kind is EstablishmentKind.GeneralHospital or EstablishmentKind.PrivateClinic or EstablishmentKind.Psychiatric;
        var isElderly = plan.Kind is EstablishmentKind.ElderlyResidence;
        var mailName = "eg" + plan.Index.ToString(CultureInfo.InvariantCulture);

        var contacts = new List<Contact>
        {
            NatureContact(random, "01", "Accueil et standard", ConfidentialityLevelCodes.Public, dates, email: "accueil." + mailName, fax: random.Chance(0.5)),
            new()
            {
                Name = "Direction",
                Function = Coded("01", StandInCodeSystems.ContactFunction, "Directeur d'établissement"),
                ConfidentialityLevel = Level(ConfidentialityLevelCodes.Restricted),
                ContactPoints =
                [
                    Telecom(CommunicationChannelCodes.Phone, Phone(random), ConfidentialityLevelCodes.Restricted, dates),
                    Telecom(CommunicationChannelCodes.Email, "direction." + mailName + "@exemple.invalid", ConfidentialityLevelCodes.VeryRestricted, dates),
                ],
                Record = Record(dates),
            },
        };
        if (isHospital || random.Chance(0.3))
        {
            contacts.Add(NatureContact(random, "03", "Astreinte administrative", ConfidentialityLevelCodes.VeryRestricted, dates));
        }

        var extension = new OrganizationExtension
        {
            Contacts = [.. contacts],
            UseName = random.Chance(0.3) ? plan.Name.Split(' ')[^1] : null,
            Location = Location(random, plan.Commune, dates),
            Prices = plan.Kind is EstablishmentKind.ElderlyResidence or EstablishmentKind.DisabilityFacility ? Prices(random, plan, dates) : [],
            DropZone = plan.Kind == EstablishmentKind.GeneralHospital ? random.Chance(0.5) : null,
            FinancialHelpTypes = isElderly ? [Coded("01", StandInCodeSystems.FinancialHelp, "Aide sociale à l'hébergement")] : [],
            AccommodationForFamily = isHospital ? random.Chance(0.4) : null,
            TemporarySocialHelpPlaces = isElderly ? random.Between(0, 4) : null,
            PermanentSocialHelpPlaces = isElderly ? random.Between(5, 60) : null,
            CareWithoutPatientApproval = plan.Kind == EstablishmentKind.Psychiatric ? true : null,
            CreationDate = DateOnly.FromDateTime(dates.Created.UtcDateTime),
            ClosingDate = plan.ClosingDate,
            ClosingReason = plan.ClosingDate is null ? null : Coded("01", StandInCodeSystems.OrganizationCategory, "Fermeture définitive"),
            AccessibilityLocation = Coded(random.Chance(0.8) ? "01" : "02", RorCodeSystems.LocationAccessibility, null),
            OrsanRecourseLevel = plan.Kind == EstablishmentKind.GeneralHospital ? Coded(random.Between(1, 3).ToString(CultureInfo.InvariantCulture), StandInCodeSystems.OrsanRecourseLevel, null) : null,
        };

        return new Organization
        {
            EntityId = plan.EntityId,
            OtherIds = [StructureId(plan.StructureId)],
            Codes = [Coded(category, RorCodeSystems.EstablishmentCategory, label)],
            PrimaryName = plan.Name,
            Parent = new EntityReference { EntityId = plan.LegalEntityEntityId },
            Extensions = [extension],
            Record = Record(dates, random.Chance(0.1) ? "Données vérifiées par l'établissement" : null),
        };
    }

    public Facility Facility(EstablishmentPlan plan, PlannedUnit unit)
    {
        var random = DeterministicRandom.For(options.Seed, plan.Index, EstablishmentPlanner.SaltUnit + unit.Ordinal);
        var dates = unit.Dates;
        var template = unit.Template;
        var links = new FacilityOrganizationLink
        {
            EntityId = plan.EntityId,
            Services = [.. unit.Services.Select(s => new FacilityServiceLink { EntityId = plan.Services[s].EntityId })],
        };

        FacilityExtension extension;
        EquatableList<OperatingHours> hours = [];
        if (template is null)
        {
            extension = new FacilityExtension
            {
                CreationDate = DateOnly.FromDateTime(dates.Created.UtcDateTime),
                ActivityTypes = [.. unit.Fields.Select(Field)],
                CareMode = new CodedType { Code = string.Empty, CodingScheme = string.Empty },
                PatientType = Patients(null, 0, 120, dates),
                ParentFacility = Parent(plan, unit),
                IsSensitiveUnit = false,
            };
        }
        else
        {
            var level = unit.IsSensitive ? ConfidentialityLevelCodes.VeryRestricted : random.Chance(0.7) ? ConfidentialityLevelCodes.Public : ConfidentialityLevelCodes.Restricted;
            var isMedicoSocial = template.Field == ActivityFieldCodes.MedicoSocial;
            hours = OperatingHours(template, dates);
            extension = new FacilityExtension
            {
                Contacts =
                [
                    new Contact
                    {
                        Name = "Secrétariat",
                        Function = Coded("02", StandInCodeSystems.ContactFunction, "Secrétariat"),
                        ConfidentialityLevel = Level(level),
                        ContactPoints =
                        [
                            Telecom(CommunicationChannelCodes.Phone, Phone(random), level, dates),
                            Telecom(CommunicationChannelCodes.Email, "secretariat." + unit.EntityId.Replace('_', '.') + "@exemple.invalid", level, dates),
                        ],
                        Record = Record(dates),
                    },
                ],
                MailBoxes = random.Chance(0.5)
                    ? [new MailBoxMss { ContactPoint = Telecom(CommunicationChannelCodes.Email, unit.EntityId.Replace('_', '.') + ".mss@exemple.invalid", level, dates), Record = Record(dates) }]
                    : [],
                CreationDate = DateOnly.FromDateTime(dates.Created.UtcDateTime),
                ActivityTypes = [Field(template.Field)],
                CareMode = Coded(template.CareMode, RorCodeSystems.CareMode, SimulatedCatalog.CareModes[template.CareMode]),
                PatientType = Patients(template.SupportedPatient, template.AgeMin, template.AgeMax, dates),
                AccommodationCapacity = Capacity(random, template, dates),
                CrisisAccommodationCapacity = template.CrisisCapable && random.Chance(0.6)
                    ? new CrisisAccommodationCapacity { CapacityAtT0 = random.Between(1, 4), CapacityAtT60 = random.Between(4, 12), Record = Record(dates) }
                    : null,
                ResidentialCapacities = template.Capacity == CapacityKind.Residential ? Residential(random, dates) : [],
                ResourceSkills = random.Chance(0.5) ? Skills(random, template, dates) : null,
                Equipment = [.. unit.Devices.Select(d => new EntityReference { EntityId = plan.Devices[d].EntityId })],
                ReceptionType = isMedicoSocial ? Coded(template.CareMode == SimulatedCatalog.TemporaryAccommodation ? "02" : "01", StandInCodeSystems.WelcomeType, null) : null,
                SequentialReception = template.CareMode == SimulatedCatalog.DayCare ? true : null,
                CareSpecializations = random.Chance(isMedicoSocial ? 0.4 : 0.15) ? [Pick(random, SimulatedCatalog.CareSpecializations, StandInCodeSystems.CareSpecialization)] : [],
                FacilityType = isMedicoSocial ? Coded("01", StandInCodeSystems.OrganizationCategory, "Établissement") : null,
                Location = random.Chance(0.6) ? Location(random, plan.Commune, dates, building: "BATIMENT " + (char)('A' + random.Next(6))) : null,
                AnnualOpening = random.Chance(0.5) ? Coded(random.Chance(0.8) ? "01" : "02", StandInCodeSystems.AnnualOpening, null) : null,
                PsychiatricSectors = template.Field == ActivityFieldCodes.Psychiatry
                    ? [plan.Commune.Department + (template.AgeMax < 18 ? "I" : "G") + random.Between(1, 20).ToString("D2", CultureInfo.InvariantCulture)]
                    : [],
                SpecificActs = template.Field == ActivityFieldCodes.Mco && random.Chance(0.3) ? [Pick(random, SimulatedCatalog.SpecificActs, RorCodeSystems.SpecificAct)] : [],
                ParentFacility = Parent(plan, unit),
                IsSensitiveUnit = unit.IsSensitive,
            };
        }

        return new Facility
        {
            EntityId = unit.EntityId,
            OtherIds = [new OtherId { Code = unit.InternalId, AssigningAuthorityName = IdentifierAuthorities.StructureIdentifierTypes }],
            Codes = [Coded(unit.TypeCode, RorCodeSystems.InternalOrganizationType, null)],
            PrimaryName = unit.Name,
            Organizations = [links],
            OperatingHours = hours,
            Extensions = [extension],
            Record = Record(dates, random.Chance(0.1) ? "Information transmise par le cadre de santé" : null),
        };
    }

    public Service Service(EstablishmentPlan plan, PlannedService service)
    {
        var (label, family) = SimulatedCatalog.Activities[service.ActivityCode];
        return new Service
        {
            EntityId = service.EntityId,
            Code = Coded(service.ActivityCode, RorCodeSystems.OperationalActivity, label),
            Extension = new ServiceExtension { ActivityFamilies = [Coded(family, StandInCodeSystems.ActivityFamily, SimulatedCatalog.ActivityFamilies[family])] },
            Record = Record(service.Dates),
        };
    }

    public Device Device(EstablishmentPlan plan, PlannedDevice device)
    {
        var random = DeterministicRandom.For(options.Seed, plan.Index, EstablishmentPlanner.SaltUnit + 500 + device.Ordinal);
        return new Device
        {
            EntityId = device.EntityId,
            Code = Coded(device.EquipmentCode, RorCodeSystems.Equipment, SimulatedCatalog.Equipment[device.EquipmentCode]),
            Extension = new DeviceExtension { UnitsInService = random.Between(1, 5) },
            Record = Record(device.Dates),
        };
    }

    public Provider Provider(EstablishmentPlan plan, PlannedProvider provider)
    {
        var random = DeterministicRandom.For(options.Seed, plan.Index, EstablishmentPlanner.SaltProvider + provider.Ordinal);
        var dates = provider.Dates;
        var unit = plan.Units[provider.Unit];
        var forename = random.Pick(SimulatedCatalog.FirstNames);
        var surname = random.Pick(SimulatedCatalog.Surnames);
        var isDoctor = provider.Profession.Code == "10";
        var liberal = unit.Template?.Field == ActivityFieldCodes.Ambulatory && random.Chance(0.6);
        var speciality = isDoctor ? random.Pick(SimulatedCatalog.MedicalSpecialities) : null;
        return new Provider
        {
            EntityId = provider.EntityId,
            OtherIds = [new OtherId { Code = provider.NationalId, AssigningAuthorityName = IdentifierAuthorities.NationalProfessionalIdentifier }],
            Codes = [Coded(provider.Profession.Code, RorCodeSystems.HealthProfession, provider.Profession.Label)],
            Demographic = new Person
            {
                Names =
                [
                    new PersonName
                    {
                        CommonNames = [forename + " " + surname],
                        Forename = forename,
                        Surname = surname,
                        Extensions = isDoctor ? [new NameExtension { Title = Coded("DR", StandInCodeSystems.Title, "Docteur") }] : [],
                    },
                ],
                Gender = random.Chance(0.5) ? "F" : "M",
            },
            Organizations = [new ProviderOrganizationLink { EntityId = plan.EntityId }],
            Facilities =
            [
                new ProviderFacilityLink
                {
                    EntityId = unit.EntityId,
                    Services = [new ProviderServiceLink { EntityId = plan.Services[provider.Service].EntityId }],
                },
            ],
            Credentials = speciality is null
                ? []
                :
                [
                    new Credential
                    {
                        Type = Coded("S", StandInCodeSystems.CredentialType, "Spécialité ordinale"),
                        Number = provider.NationalId[1..],
                        Extensions = [new CredentialExtension { Speciality = Coded(speciality.Code, RorCodeSystems.OrdinalSpeciality, speciality.Label), Record = Record(dates) }],
                    },
                ],
            Extensions =
            [
                new ProviderExtension
                {
                    OperationalStatus = new OperationalStatus
                    {
                        ExerciseModeInUnit = liberal ? Coded("L", StandInCodeSystems.ExerciseMode, "Libéral") : Coded("S", StandInCodeSystems.ExerciseMode, "Salarié"),
                        ContactPoint = Telecom(CommunicationChannelCodes.Phone, Phone(random), ConfidentialityLevelCodes.Restricted, dates),
                        SpecificSkills = random.Chance(0.3) ? [Pick(random, SimulatedCatalog.SpecificSkills, RorCodeSystems.SpecificSkill)] : [],
                        AgreementSector = liberal ? Coded(random.Chance(0.7) ? "1" : "2", StandInCodeSystems.AgreementSector, null) : null,
                        ContractOptionHealthCareAccess = liberal ? random.Chance(0.3) : null,
                        VitaleCardAccepted = liberal ? true : null,
                        HomeVisit = liberal ? random.Chance(0.4) : null,
                        Record = Record(dates),
                    },
                    MailBox = random.Chance(0.4)
                        ? new MailBoxMss { ContactPoint = Telecom(CommunicationChannelCodes.Email, provider.EntityId.Replace('_', '.') + ".mss@exemple.invalid", ConfidentialityLevelCodes.Restricted, dates), Record = Record(dates) }
                        : null,
                },
            ],
            Record = Record(dates),
        };
    }

    private static (string Code, string Label) Category(EstablishmentPlan plan) => plan.Kind switch
    {
        EstablishmentKind.GeneralHospital => ("355", "Centre Hospitalier (C.H.)"),
        EstablishmentKind.PrivateClinic => ("365", "Etablissement de Soins Pluridisciplinaire"),
        EstablishmentKind.Rehabilitation => ("109", "Etablissement de santé privé autorisé en SSR"),
        EstablishmentKind.Psychiatric => ("292", "Centre Hospitalier Spécialisé lutte Maladies Mentales"),
        EstablishmentKind.ElderlyResidence => ("500", "Etablissement d'hébergement pour personnes âgées dépendantes"),
        EstablishmentKind.DisabilityFacility => plan.Variant switch
        {
            0 => ("183", "Institut Médico-Educatif (I.M.E.)"),
            1 => ("255", "Maison d'Accueil Spécialisée (M.A.S.)"),
            _ => ("246", "Etablissement et Service d'Aide par le Travail (E.S.A.T.)"),
        },
        EstablishmentKind.HomeCareService => ("354", "Service de Soins Infirmiers A Domicile (S.S.I.A.D)"),
        _ => plan.Variant == 0 ? ("124", "Centre de Santé") : ("603", "Maison de santé (L.6223-3)"),
    };

    private static EntityReference? Parent(EstablishmentPlan plan, PlannedUnit unit) =>
        unit.Parent < 0 ? null : new EntityReference { EntityId = plan.Units[unit.Parent].EntityId };

    private static EquatableList<OperatingHours> OperatingHours(UnitTemplate template, RecordDates dates)
    {
        var begin = DateOnly.FromDateTime(dates.Created.UtcDateTime);
        var extensions = new EquatableList<OperatingHoursExtension>([new OperatingHoursExtension { HoursType = Coded("01", StandInCodeSystems.OperatingHoursType, "Horaires d'ouverture"), Record = Record(dates) }]);
        return template.CareMode is SimulatedCatalog.Consultation or SimulatedCatalog.DayHospital or SimulatedCatalog.DayCare
            ?
            [
                new OperatingHours { IsOpen = true, DaysOfWeek = [1, 2, 3, 4, 5], BeginningHour = new TimeOnly(8, 30), EndingHour = new TimeOnly(17, 30), BeginEffectiveDate = begin, Extensions = extensions },
                new OperatingHours { IsOpen = false, DaysOfWeek = [0, 6], BeginEffectiveDate = begin },
            ]
            : [new OperatingHours { IsOpen = true, DaysOfWeek = [0, 1, 2, 3, 4, 5, 6], BeginningHour = new TimeOnly(0, 0), EndingHour = new TimeOnly(23, 59, 59), BeginEffectiveDate = begin, Extensions = extensions }];
    }

    private static AccommodationCapacity? Capacity(DeterministicRandom random, UnitTemplate template, RecordDates dates)
    {
        switch (template.Capacity)
        {
            case CapacityKind.Beds:
            case CapacityKind.Residential:
                var beds = random.Between(8, 40);
                return new AccommodationCapacity { Beds = new BedCapacity { Total = beds, Available = random.Between(0, beds / 4), UpdateDate = dates.Updated }, Record = Record(dates) };
            case CapacityKind.Places:
                var places = random.Between(5, 30);
                return new AccommodationCapacity { Places = new PlaceCapacity { Total = places, Available = random.Between(0, places / 3), UpdateDate = dates.Updated }, Record = Record(dates) };
            default:
                return null;
        }
    }

    private static EquatableList<ResidentialCapacity> Residential(DeterministicRandom random, RecordDates dates)
    {
        var list = new List<ResidentialCapacity>
        {
            new() { ResidentialType = CodedEntry(SimulatedCatalog.ResidentialTypes[1], RorCodeSystems.ResidentialType), ResidentialNumber = random.Between(10, 80), Record = Record(dates) },
        };
        if (random.Chance(0.5))
        {
            list.Add(new() { ResidentialType = CodedEntry(SimulatedCatalog.ResidentialTypes[random.Chance(0.5) ? 0 : 2], RorCodeSystems.ResidentialType), ResidentialNumber = random.Between(2, 15), Record = Record(dates) });
        }

        return [.. list];
    }

    private static ResourceSkills Skills(DeterministicRandom random, UnitTemplate template, RecordDates dates) => new()
    {
        Professions = [CodedEntry(SimulatedCatalog.Professions[random.Chance(0.6) ? 0 : 1], RorCodeSystems.HealthProfession)],
        MedicalSpecialities = template.Field == ActivityFieldCodes.MedicoSocial ? [] : [Pick(random, SimulatedCatalog.MedicalSpecialities, RorCodeSystems.OrdinalSpeciality)],
        SpecificSkills = [Pick(random, SimulatedCatalog.SpecificSkills, RorCodeSystems.SpecificSkill)],
        Record = Record(dates),
    };

    private static EquatableList<Price> Prices(DeterministicRandom random, EstablishmentPlan plan, RecordDates dates)
    {
        var updateDate = DateOnly.FromDateTime(dates.Updated.UtcDateTime);
        var perDay = Coded("01", StandInCodeSystems.PriceUnit, "Par jour");
        var prices = new List<Price>();
        Price Make(string type, string label, double amount, PriceDetails details, CodedType? unit = null) => new()
        {
            PriceType = Coded(type, StandInCodeSystems.PriceType, label),
            PriceUnit = unit ?? perDay,
            Amount = new PriceAmount { Amount = Math.Round(amount, 2), Currency = Coded("EUR", StandInCodeSystems.Currency, "Euro") },
            UpdateDate = updateDate,
            Details = details,
            Record = Record(dates),
        };
        var singleRoom = CodedEntry(SimulatedCatalog.ResidentialTypes[1], RorCodeSystems.ResidentialType);
        var permanent = Coded("01", StandInCodeSystems.WelcomeType, "Accueil permanent");

        prices.Add(Make("01", "Tarif hébergement", 55 + random.Next(4000) / 100.0, new BasePackageAccommodationPrice
        {
            Under60 = false,
            IncludedServices = [Coded("01", StandInCodeSystems.IncludedService, "Blanchisserie")],
            OtherIncludedServices = ["Animation"],
            ResidentialType = singleRoom,
            WelcomeType = permanent,
        }));
        if (plan.Kind == EstablishmentKind.ElderlyResidence)
        {
            if (random.Chance(0.3))
            {
                prices.Add(Make("01", "Tarif hébergement", 70 + random.Next(3000) / 100.0, new BasePackageAccommodationPrice { Under60 = true, ResidentialType = singleRoom, SpecialPrice = Coded("01", StandInCodeSystems.SpecialPrice, "Moins de 60 ans"), WelcomeType = permanent }));
            }

            var gir = new[] { ("01", "GIR 1-2", 20.0), ("02", "GIR 3-4", 13.0), ("03", "GIR 5-6", 5.5) };
            foreach (var (code, label, amount) in gir)
            {
                prices.Add(Make("02", "Tarif dépendance", amount + random.Next(300) / 100.0, new DependencyPrice { DependencyLevel = Coded(code, StandInCodeSystems.DependencyLevel, label), WelcomeType = permanent }));
            }

            if (random.Chance(0.5))
            {
                prices.Add(Make("03", "Supplément chambre individuelle", 3 + random.Next(700) / 100.0, new ResidentialSurchargePrice { ResidentialType = singleRoom }));
            }

            if (random.Chance(0.3))
            {
                prices.Add(Make("04", "Portage de repas", 8 + random.Next(400) / 100.0, new MealDeliveryPrice { Name = "Repas du midi" }, Coded("02", StandInCodeSystems.PriceUnit, "Par repas")));
            }

            if (random.Chance(0.2))
            {
                prices.Add(Make("05", "Aide humaine", 20 + random.Next(800) / 100.0, new HumanHelpPrice { Name = "Aide à la toilette", ManagementType = Coded("01", StandInCodeSystems.ManagementType, "Prestataire") }, Coded("03", StandInCodeSystems.PriceUnit, "Par heure")));
            }

            if (random.Chance(0.3))
            {
                prices.Add(Make("06", "Autre supplément", 2 + random.Next(500) / 100.0, new OtherSurchargePrice { OtherName = "Chambre avec balcon" }));
            }
        }

        if (plan.Units.Any(u => u.Template?.CareMode == SimulatedCatalog.DayCare))
        {
            prices.Add(Make("07", "Tarif accueil de jour", 25 + random.Next(2000) / 100.0, new HomeDayPrice()));
        }

        return [.. prices];
    }

    private Location Location(DeterministicRandom random, FrenchCommune commune, RecordDates dates, string? building = null)
    {
        var (streetType, streetName) = random.Pick(SimulatedCatalog.Streets);
        var latitude = Math.Round((decimal)commune.Latitude + (random.Next(4001) - 2000) / 100_000m, 6);
        var longitude = Math.Round((decimal)commune.Longitude + (random.Next(4001) - 2000) / 100_000m, 6);
        return new Location
        {
            Address = new Address
            {
                Lines =
                [
                    new AddressLine
                    {
                        BuildingName = building,
                        BuildingNumber = random.Between(1, 180).ToString(CultureInfo.InvariantCulture),
                        StreetType = streetType,
                        StreetName = streetName,
                        PostCode = commune.PostCode,
                        CityName = commune.Name,
                    },
                ],
            },
            GeoCoordinates = new GeoCode
            {
                Latitude = latitude,
                Longitude = longitude,
                CoordinateSystem = "WGS84",
                Extensions = [new GeoCodeExtension { AreCoordinatesReliable = true, Record = Record(dates) }],
                Record = Record(dates),
            },
            CityNumber = Coded(commune.InseeCode, RorCodeSystems.Commune, commune.Name),
            Record = Record(dates),
        };
    }

    private static Contact NatureContact(DeterministicRandom random, string nature, string label, string level, RecordDates dates, string? email = null, bool fax = false)
    {
        var points = new List<ContactPoint> { Telecom(CommunicationChannelCodes.Phone, Phone(random), level, dates) };
        if (email is not null)
        {
            points.Add(Telecom(CommunicationChannelCodes.Email, email + "@exemple.invalid", level, dates));
        }

        if (fax)
        {
            points.Add(Telecom(CommunicationChannelCodes.Fax, Phone(random), level, dates));
        }

        return new Contact
        {
            Nature = Coded(nature, RorCodeSystems.ContactNature, label),
            ConfidentialityLevel = Level(level),
            ContactPoints = [.. points],
            Record = Record(dates),
        };
    }

    private static ContactPoint Telecom(string channel, string value, string level, RecordDates dates) => new()
    {
        Channel = Coded(channel, RorCodeSystems.CommunicationChannel, null),
        Equipment = value,
        Extensions = [new ContactPointExtension { ConfidentialityLevel = Level(level), Record = Record(dates) }],
    };

    /// <summary>A phone number in the range reserved for fiction (01 99 00 00 00 – 01 99 99 99 99).</summary>
    private static string Phone(DeterministicRandom random) => "0199" + random.Next(1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    private static PatientType Patients(string? supportedPatient, int minimum, int maximum, RecordDates dates) => new()
    {
        SupportedPatients = supportedPatient is null ? [] : [Coded(supportedPatient, RorCodeSystems.SupportedPatient, null)],
        MinimumAge = Years(minimum),
        MaximumAge = Years(maximum),
        Record = Record(dates),
    };

    private static Measurement Years(int value) => new() { Value = value, Unit = Coded("a", RorCodeSystems.Ucum, null) };

    private static CodedType Field(string code) => Coded(code, RorCodeSystems.ActivityField, null);

    private static CodedType Level(string code) => Coded(code, RorCodeSystems.ConfidentialityLevel, null);

    private static CodedType Pick(DeterministicRandom random, IReadOnlyList<CodeEntry> entries, string scheme) => CodedEntry(random.Pick(entries), scheme);

    private static CodedType CodedEntry(CodeEntry entry, string scheme) => Coded(entry.Code, scheme, entry.Label);

    private static CodedType Coded(string code, string scheme, string? label) => new() { Code = code, CodingScheme = scheme, Label = label };

    private OtherId StructureId(string value) => new() { Code = value, AssigningAuthorityName = options.StructureIdentifierAuthority };

    private static Metadata Record(RecordDates dates, string? comments = null) => new()
    {
        Created = dates.Created,
        Updated = dates.Updated,
        Status = Status,
        Extensions = comments is null ? [] : [new RecordExtension { Comments = comments }],
    };
}
