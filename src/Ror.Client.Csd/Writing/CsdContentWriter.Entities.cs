using Ror.Client.Csd.Models;

namespace Ror.Client.Csd;

/// <summary>The five directory entities, their links and their ROR extensions.</summary>
internal sealed partial class CsdContentWriter
{
    public void Organization(Organization organization)
    {
        _entity = organization.EntityId;
        StartEntity("organization", organization);
        OtherIds(organization.OtherIds);
        RequireItems(organization.Codes, "codedType on an organization");
        CodedList("codedType", organization.Codes);
        Text("primaryName", organization.PrimaryName);
        LocalizedNames(organization.OtherNames);
        Addresses(organization.Addresses);
        NativeContacts(organization.Contacts);
        Credentials(organization.Credentials);
        CodedList("language", organization.Languages);
        CodedList("specialization", organization.Specializations);
        ContactPoints("contactPoint", organization.ContactPoints);
        OptionalReference("parent", organization.Parent);
        foreach (var extension in organization.Extensions.AsSpan())
        {
            OrganizationExtension(extension);
        }

        Record(organization.Record);
        End();
        _entity = null;
    }

    public void Service(Service service)
    {
        _entity = service.EntityId;
        StartEntity("service", service);
        Coded("codedType", service.Code);
        if (service.Extension is { } extension)
        {
            StartExtension(extension);
            CodedList("actFamily", extension.ActivityFamilies);
            End();
        }

        Record(service.Record);
        End();
        _entity = null;
    }

    public void Facility(Facility facility)
    {
        _entity = facility.EntityId;
        StartEntity("facility", facility);
        OtherIds(facility.OtherIds);
        RequireItems(facility.Codes, "codedType on a facility");
        CodedList("codedType", facility.Codes);
        Text("primaryName", facility.PrimaryName);
        LocalizedNames(facility.OtherNames);
        Addresses(facility.Addresses);
        NativeContacts(facility.Contacts);
        OptionalGeoCode("geocode", facility.GeoCode);
        CodedList("language", facility.Languages);
        ContactPoints("contactPoint", facility.ContactPoints);
        if (!facility.Organizations.IsEmpty)
        {
            Start("organizations");
            foreach (var link in facility.Organizations.AsSpan())
            {
                StartEntity("organization", link);
                foreach (var service in link.Services.AsSpan())
                {
                    StartEntity("service", service);
                    Names(service.Names);
                    CodedList("language", service.Languages);
                    OperatingHoursList(service.OperatingHours);
                    OptionalText("freeBusyURI", service.FreeBusyUri);
                    GenericExtensions(service.Extensions);
                    End();
                }

                GenericExtensions(link.Extensions);
                End();
            }

            End();
        }

        OperatingHoursList(facility.OperatingHours);
        foreach (var extension in facility.Extensions.AsSpan())
        {
            FacilityExtension(extension);
        }

        Record(facility.Record);
        End();
        _entity = null;
    }

    public void Provider(Provider provider)
    {
        _entity = provider.EntityId;
        StartEntity("provider", provider);
        OtherIds(provider.OtherIds);
        RequireItems(provider.Codes, "codedType on a provider");
        CodedList("codedType", provider.Codes);
        Person("demographic", provider.Demographic);
        CodedList("language", provider.Languages);
        if (!provider.Organizations.IsEmpty)
        {
            Start("organizations");
            foreach (var link in provider.Organizations.AsSpan())
            {
                StartEntity("organization", link);
                GenericExtensions(link.Extensions);
                Addresses(link.Addresses);
                ContactPoints("contactPoint", link.ContactPoints);
                End();
            }

            End();
        }

        if (!provider.Facilities.IsEmpty)
        {
            Start("facilities");
            foreach (var link in provider.Facilities.AsSpan())
            {
                StartEntity("facility", link);
                foreach (var service in link.Services.AsSpan())
                {
                    StartEntity("service", service);
                    Names(service.Names);
                    OptionalReference("organization", service.Organization);
                    CodedList("language", service.Languages);
                    OperatingHoursList(service.OperatingHours);
                    OptionalText("freeBusyURI", service.FreeBusyUri);
                    GenericExtensions(service.Extensions);
                    End();
                }

                OperatingHoursList(link.OperatingHours);
                GenericExtensions(link.Extensions);
                End();
            }

            End();
        }

        Credentials(provider.Credentials);
        OptionalCoded("specialty", provider.Specialty);
        foreach (var extension in provider.Extensions.AsSpan())
        {
            StartExtension(extension);
            OperationalStatus(extension.OperationalStatus);
            if (extension.MailBox is not null)
            {
                MailBox(extension.MailBox);
            }

            End();
        }

        Record(provider.Record);
        End();
        _entity = null;
    }

    public void Device(Device device)
    {
        _entity = device.EntityId;
        StartEntity("device", device);
        OtherIds(device.OtherIds);
        Coded("codedType", device.Code);
        if (device.Extension is { } extension)
        {
            StartExtension(extension);
            OptionalInteger("nbInService", extension.UnitsInService);
            End();
        }

        Record(device.Record);
        End();
        _entity = null;
    }

    private void OrganizationExtension(OrganizationExtension extension)
    {
        StartExtension(extension);
        Contacts(extension.Contacts);
        OptionalText("useName", extension.UseName);
        TerritorialDivisions("healthCareTerritorial", extension.HealthCareTerritories);
        OptionalLocation(extension.Location);
        foreach (var price in extension.Prices.AsSpan())
        {
            Price(price);
        }

        OptionalBoolean("dropZone", extension.DropZone);
        CodedList("financialHelpType", extension.FinancialHelpTypes);
        OptionalBoolean("accomodationFamily", extension.AccommodationForFamily);
        OptionalInteger("nbTemporarySocialeHelpPlace", extension.TemporarySocialHelpPlaces);
        OptionalInteger("nbPermanentSocialHelpPlace", extension.PermanentSocialHelpPlaces);
        OptionalBoolean("careWithoutPatientApproval", extension.CareWithoutPatientApproval);
        OptionalDate("creationDate", extension.CreationDate);
        OptionalDate("closingDate", extension.ClosingDate);
        OptionalCoded("closingReason", extension.ClosingReason);
        OptionalCoded("accessibilityLocation", extension.AccessibilityLocation);
        OptionalCoded("levelRecourseORSAN", extension.OrsanRecourseLevel);
        End();
    }

    private void FacilityExtension(FacilityExtension extension)
    {
        StartExtension(extension);
        Contacts(extension.Contacts);
        foreach (var mailBox in extension.MailBoxes.AsSpan())
        {
            MailBox(mailBox);
        }

        OptionalDate("finalClosingDate", extension.FinalClosingDate);
        OptionalDate("creationDate", extension.CreationDate);
        RequireItems(extension.ActivityTypes, "typeActivity in a facility extension");
        CodedList("typeActivity", extension.ActivityTypes);
        Coded("careMode", extension.CareMode);
        PatientType(Required(extension.PatientType, "patientsType"));
        if (extension.AccommodationCapacity is { } capacity)
        {
            Start("accommodationCapacity");
            if (capacity.Beds is { } beds)
            {
                Start("beds");
                Attribute("total", beds.Total);
                Attribute("avaible", beds.Available);
                Attribute("updateDate", beds.UpdateDate);
                End();
            }

            if (capacity.Places is { } places)
            {
                Start("space");
                Attribute("total", places.Total);
                Attribute("avaible", places.Available);
                Attribute("updateDate", places.UpdateDate);
                End();
            }

            Record(capacity.Record);
            End();
        }

        if (extension.CrisisAccommodationCapacity is { } crisis)
        {
            Start("crisisAccomodationCapacity");
            Integer("crisisCapacityT0", crisis.CapacityAtT0);
            Integer("crisisCapacityT60", crisis.CapacityAtT60);
            Record(crisis.Record);
            End();
        }

        foreach (var residential in extension.ResidentialCapacities.AsSpan())
        {
            Start("residentialCapactity");
            Coded("residentialType", residential.ResidentialType);
            OptionalInteger("residentialNumber", residential.ResidentialNumber);
            Record(residential.Record);
            End();
        }

        if (extension.ResourceSkills is { } skills)
        {
            Start("resourcesSkills");
            CodedList("profession", skills.Professions);
            CodedList("medicalSpeciality", skills.MedicalSpecialities);
            CodedList("specificSkills", skills.SpecificSkills);
            if (skills.Record is not null)
            {
                Record(skills.Record);
            }

            End();
        }

        foreach (var equipment in extension.Equipment.AsSpan())
        {
            Reference("equipment", equipment);
        }

        OptionalCoded("receptionType", extension.ReceptionType);
        OptionalBoolean("receptionMode", extension.SequentialReception);
        CodedList("takingCareSpeciality", extension.CareSpecializations);
        OptionalCoded("facilityType", extension.FacilityType);
        OptionalLocation(extension.Location);
        TerritorialDivisions("interventionZone", extension.InterventionZones);
        OptionalCoded("annualOpenning", extension.AnnualOpening);
        TextList("psychiatricSector", extension.PsychiatricSectors);
        CodedList("specificAct", extension.SpecificActs);
        OptionalReference("parentFacility", extension.ParentFacility);
        CodedList("managementType", extension.ManagementTypes);
        OptionalCoded("maternityHospitalType", extension.MaternityType);
        Boolean("sensitiveUnit", extension.IsSensitiveUnit);
        End();
    }

    private void PatientType(PatientType patientType)
    {
        Start("patientsType");
        CodedList("supportedPatient", patientType.SupportedPatients);
        Measurement("patientTypeAgeMin", patientType.MinimumAge);
        Measurement("patientTypeAgeMax", patientType.MaximumAge);
        Record(patientType.Record);
        End();
    }

    private void OperationalStatus(OperationalStatus? status)
    {
        status = Required(status, "operationalStatus");
        Start("operationalStatus");
        Coded("exerciceModeInUnit", status.ExerciseModeInUnit);
        if (status.ContactPoint is not null)
        {
            ContactPoint("contactPoint", status.ContactPoint);
        }

        CodedList("specificSkills", status.SpecificSkills);
        if (status.OperatingHours is not null)
        {
            OperatingHours(status.OperatingHours);
        }

        OptionalCoded("agreementSector", status.AgreementSector);
        OptionalBoolean("contractOptionHealthCareAccess", status.ContractOptionHealthCareAccess);
        OptionalBoolean("vitaleCardAccepted", status.VitaleCardAccepted);
        OptionalBoolean("homeVisit", status.HomeVisit);
        Record(status.Record);
        End();
    }

    private void Price(Price price)
    {
        Start("price");
        Coded("priceType", price.PriceType);
        Coded("priceUnit", price.PriceUnit);
        var amount = Required(price.Amount, "price/price");
        Start("price");
        Double("amount", amount.Amount);
        Coded("currency", amount.Currency);
        End();
        OptionalDate("updateDate", price.UpdateDate);
        switch (price.Details)
        {
            case BasePackageAccommodationPrice basePackage:
                Start("basePackageAccomodation");
                Boolean("under60", basePackage.Under60);
                CodedList("deliveryIncluded", basePackage.IncludedServices);
                TextList("othersDeliveryIncluded", basePackage.OtherIncludedServices);
                Coded("residentialType", basePackage.ResidentialType);
                OptionalCoded("specialPrice", basePackage.SpecialPrice);
                Coded("welcomeType", basePackage.WelcomeType);
                End();
                break;
            case MealDeliveryPrice meal:
                Start("mealDelivery");
                OptionalCoded("specialPrice", meal.SpecialPrice);
                OptionalText("mealDeliveryName", meal.Name);
                End();
                break;
            case HomeDayPrice homeDay:
                Start("homeDay");
                OptionalCoded("specialPrice", homeDay.SpecialPrice);
                End();
                break;
            case DependencyPrice dependency:
                Start("dependencyPrice");
                Coded("dependencyLevel", dependency.DependencyLevel);
                Coded("welcomeType", dependency.WelcomeType);
                End();
                break;
            case ResidentialSurchargePrice residential:
                Start("surchargePriceResidential");
                Coded("residentialType", residential.ResidentialType);
                End();
                break;
            case HumanHelpPrice humanHelp:
                Start("humanHelpPrice");
                OptionalText("humanHelpPriceName", humanHelp.Name);
                Coded("managementType", humanHelp.ManagementType);
                OptionalCoded("specialPrice", humanHelp.SpecialPrice);
                End();
                break;
            case OtherSurchargePrice surcharge:
                Start("surchargePrice");
                Text("otherSurchargePriceName", surcharge.OtherName);
                OptionalCoded("surchargePriceName", surcharge.SurchargeName);
                End();
                break;
            default:
                throw new ArgumentException(
                    $"Cannot write {What()}: a price needs one of the seven price details, got {price.Details?.GetType().Name ?? "null"}.");
        }

        Record(price.Record);
        End();
    }
}
