using Ror.Client.Csd.Models;

namespace Ror.Client.Csd;

/// <summary>The common XSD types: codedtype, otherID, record, address, contacts, names, hours, locations…</summary>
internal sealed partial class CsdContentWriter
{
    private void Coded(string name, CodedType? value)
    {
        value = Required(value, name);
        Start(name);
        _out.Attribute("code", value.Code);
        _out.Attribute("codingScheme", value.CodingScheme);
        ExtraAttributes(value.ExtraAttributes);
        if (value.Label is not null)
        {
            _out.Text(value.Label);
        }

        End();
    }

    private void OptionalCoded(string name, CodedType? value)
    {
        if (value is not null)
        {
            Coded(name, value);
        }
    }

    private void CodedList(string name, EquatableList<CodedType> values)
    {
        foreach (var value in values.AsSpan())
        {
            Coded(name, value);
        }
    }

    private void OtherId(string name, OtherId? value)
    {
        value = Required(value, name);
        Start(name);
        _out.Attribute("code", value.Code);
        _out.Attribute("assigningAuthorityName", value.AssigningAuthorityName);
        End();
    }

    private void OtherIds(EquatableList<OtherId> values)
    {
        foreach (var value in values.AsSpan())
        {
            OtherId("otherID", value);
        }
    }

    private void Reference(string name, UniqueId? value)
    {
        value = Required(value, name);
        Start(name);
        _out.Attribute("entityID", value.EntityId);
        End();
    }

    private void OptionalReference(string name, UniqueId? value)
    {
        if (value is not null)
        {
            Reference(name, value);
        }
    }

    private void StartEntity(string name, UniqueId entity)
    {
        Start(name);
        _out.Attribute("entityID", entity.EntityId);
    }

    private void Record(Metadata? record)
    {
        record = Required(record, "record");
        Start("record");
        Attribute("created", record.Created);
        Attribute("updated", record.Updated);
        _out.Attribute("status", record.Status);
        Attribute("sourceDirectory", record.SourceDirectory);
        foreach (var extension in record.Extensions.AsSpan())
        {
            StartExtension(extension);
            OptionalText("recognation", extension.Recognition);
            OptionalText("comments", extension.Comments);
            End();
        }

        End();
    }

    private void LocalizedNames(EquatableList<LocalizedName> names)
    {
        foreach (var name in names.AsSpan())
        {
            Start("otherName");
            if (name.Language is not null)
            {
                _out.Attribute("xml", "lang", XmlNamespace, name.Language);
            }

            _out.Text(name.Value);
            End();
        }
    }

    private void Addresses(EquatableList<Address> addresses)
    {
        foreach (var address in addresses.AsSpan())
        {
            Address(address);
        }
    }

    private void Address(Address address)
    {
        Start("address");
        Attribute("type", address.Type);
        Attribute("language", address.Language);
        RequireItems(address.Lines, "addressLine in an address");
        foreach (var line in address.Lines.AsSpan())
        {
            Start("addressLine");
            Attribute("inHouseMail", line.InHouseMail);
            Attribute("room", line.Room);
            Attribute("floor", line.Floor);
            Attribute("stair", line.Stair);
            Attribute("buildingName", line.BuildingName);
            Attribute("buildingNumber", line.BuildingNumber);
            Attribute("blockName", line.BlockName);
            Attribute("streetPrefix", line.StreetPrefix);
            Attribute("streetType", line.StreetType);
            Attribute("streetSuffix", line.StreetSuffix);
            Attribute("streetName", line.StreetName);
            Attribute("plotIdentification", line.PlotIdentification);
            Attribute("postOfficeBox", line.PostOfficeBox);
            Attribute("postCode", line.PostCode);
            Attribute("cityName", line.CityName);
            Attribute("citySubDivisionName", line.CitySubDivisionName);
            Attribute("countrySubDivisionName", line.CountrySubDivisionName);
            Attribute("lineOne", line.LineOne);
            Attribute("lineTwo", line.LineTwo);
            Attribute("lineThree", line.LineThree);
            Attribute("lineFour", line.LineFour);
            Attribute("lineFive", line.LineFive);
            Attribute("lineSix", line.LineSix);
            Attribute("countryName", line.CountryName);
            Attribute("component", line.Component);
            if (line.Value is not null)
            {
                _out.Text(line.Value);
            }

            End();
        }

        foreach (var extension in address.Extensions.AsSpan())
        {
            StartExtension(extension);
            Record(extension.Record);
            End();
        }

        End();
    }

    private void NativeContacts(EquatableList<NativeContact> contacts)
    {
        foreach (var contact in contacts.AsSpan())
        {
            Start("contact");
            switch (contact)
            {
                case NativeProviderContact provider:
                    Reference("provider", provider.Provider);
                    break;
                case NativePersonContact person:
                    Person("person", person.Person);
                    break;
                default:
                    throw new ArgumentException($"Cannot write {What()}: unknown native contact type {contact?.GetType().Name ?? "null"}.");
            }

            End();
        }
    }

    private void Person(string name, Person? person)
    {
        person = Required(person, name);
        Start(name);
        RequireItems(person.Names, "name in a person");
        foreach (var personName in person.Names.AsSpan())
        {
            Start("name");
            if (personName.Language is not null)
            {
                _out.Attribute("xml", "lang", XmlNamespace, personName.Language);
            }

            NameContent(personName);
            End();
        }

        ContactPoints("contactPoint", person.ContactPoints);
        Addresses(person.Addresses);
        OptionalText("gender", person.Gender);
        OptionalDate("dateOfBirth", person.DateOfBirth);
        End();
    }

    private void Names(EquatableList<Name> names)
    {
        foreach (var name in names.AsSpan())
        {
            Start("name");
            NameContent(name);
            End();
        }
    }

    private void NameContent(Name name)
    {
        RequireItems(name.CommonNames, "commonName in a name");
        TextList("commonName", name.CommonNames);
        OptionalCoded("honorific", name.Honorific);
        OptionalText("forename", name.Forename);
        CodedList("otherName", name.OtherNames);
        OptionalText("surname", name.Surname);
        OptionalText("suffix", name.Suffix);
        foreach (var extension in name.Extensions.AsSpan())
        {
            StartExtension(extension);
            OptionalCoded("title", extension.Title);
            End();
        }
    }

    private void Contacts(EquatableList<Contact> contacts)
    {
        foreach (var contact in contacts.AsSpan())
        {
            Start("contact");
            OptionalText("name", contact.Name);
            OptionalCoded("function", contact.Function);
            OptionalCoded("nature", contact.Nature);
            OptionalText("description", contact.Description);
            Coded("confidentialityLevel", contact.ConfidentialityLevel);
            ContactPoints("contactPoint", contact.ContactPoints);
            Record(contact.Record);
            End();
        }
    }

    private void ContactPoints(string name, EquatableList<ContactPoint> contactPoints)
    {
        foreach (var contactPoint in contactPoints.AsSpan())
        {
            ContactPoint(name, contactPoint);
        }
    }

    private void ContactPoint(string name, ContactPoint contactPoint)
    {
        Start(name);
        Coded("codedType", contactPoint.Channel);
        OptionalText("equipment", contactPoint.Equipment);
        OptionalText("purpose", contactPoint.Purpose);
        OptionalText("certificate", contactPoint.Certificate);
        foreach (var extension in contactPoint.Extensions.AsSpan())
        {
            StartExtension(extension);
            Coded("confidentialityLevel", extension.ConfidentialityLevel);
            Record(extension.Record);
            End();
        }

        End();
    }

    private void OptionalGeoCode(string name, GeoCode? geoCode)
    {
        if (geoCode is null)
        {
            return;
        }

        Start(name);
        Decimal("latitude", geoCode.Latitude);
        Decimal("longitude", geoCode.Longitude);
        Text("coordinateSystem", geoCode.CoordinateSystem);
        foreach (var extension in geoCode.Extensions.AsSpan())
        {
            StartExtension(extension);
            OptionalBoolean("coordonneesFiables", extension.AreCoordinatesReliable);
            Record(extension.Record);
            End();
        }

        Record(geoCode.Record);
        End();
    }

    private void OperatingHoursList(EquatableList<OperatingHours> hours)
    {
        foreach (var item in hours.AsSpan())
        {
            OperatingHours(item);
        }
    }

    private void OperatingHours(OperatingHours hours)
    {
        Start("operatingHours");
        Boolean("openFlag", hours.IsOpen);
        foreach (var day in hours.DaysOfWeek.AsSpan())
        {
            Integer("dayOfTheWeek", day);
        }

        OptionalTime("beginningHour", hours.BeginningHour);
        OptionalTime("endingHour", hours.EndingHour);
        Date("beginEffectiveDate", hours.BeginEffectiveDate);
        OptionalDate("endEffectiveDate", hours.EndEffectiveDate);
        foreach (var extension in hours.Extensions.AsSpan())
        {
            StartExtension(extension);
            OptionalCoded("operatingHoursType", extension.HoursType);
            Record(extension.Record);
            End();
        }

        End();
    }

    private void Credentials(EquatableList<Credential> credentials)
    {
        foreach (var credential in credentials.AsSpan())
        {
            Start("credential");
            Coded("codedType", credential.Type);
            Text("number", credential.Number);
            OptionalText("issuingAuthority", credential.IssuingAuthority);
            OptionalDate("credentialIssueDate", credential.IssueDate);
            OptionalDate("credentialRenewalDate", credential.RenewalDate);
            foreach (var extension in credential.Extensions.AsSpan())
            {
                StartExtension(extension);
                OptionalCoded("speciality", extension.Speciality);
                OptionalCoded("competence", extension.Competence);
                OptionalCoded("exclusiveCompetence", extension.ExclusiveCompetence);
                OptionalCoded("particularSkills", extension.ParticularSkills);
                OptionalCoded("capacity", extension.Capacity);
                OptionalCoded("qualificationPAC", extension.PacQualification);
                OptionalCoded("DESCNonQualifiant", extension.NonQualifyingDesc);
                OptionalCoded("complementarySkills", extension.ComplementarySkills);
                Record(extension.Record);
                End();
            }

            End();
        }
    }

    private void OptionalLocation(Location? location)
    {
        if (location is null)
        {
            return;
        }

        Start("location");
        OptionalText("name", location.Name);
        OptionalText("description", location.Description);
        OptionalCoded("status", location.Status);
        if (location.Address is not null)
        {
            Address(location.Address);
        }

        OptionalGeoCode("geoCoordinates", location.GeoCoordinates);
        Coded("cityNumber", location.CityNumber);
        OptionalDecimal("calculatedDistance", location.CalculatedDistance);
        Record(location.Record);
        End();
    }

    private void TerritorialDivisions(string name, EquatableList<TerritorialDivision> divisions)
    {
        foreach (var division in divisions.AsSpan())
        {
            Start(name);
            Coded("type", division.Type);
            Coded("codedType", division.Code);
            Record(division.Record);
            End();
        }
    }

    private void MailBox(MailBoxMss mailBox)
    {
        Start("mailBoxMSS");
        if (mailBox.ContactPoint is not null)
        {
            ContactPoint("contactPoint", mailBox.ContactPoint);
        }

        Record(mailBox.Record);
        End();
    }

    private void Measurement(string name, Measurement? measurement)
    {
        measurement = Required(measurement, name);
        Start(name);
        Integer("value", measurement.Value);
        Coded("unit", measurement.Unit);
        End();
    }

    /// <summary>Starts an extension element: the required <c>type</c> and <c>urn</c>, other attributes, the optional unqualified element.</summary>
    private void StartExtension(CsdExtension extension)
    {
        Start("extension");
        _out.Attribute("type", extension.Type);
        _out.Attribute("urn", extension.Urn);
        ExtraAttributes(extension.ExtraAttributes);
        Fragment(extension.LocalElement);
    }

    private void GenericExtensions(EquatableList<GenericExtension> extensions)
    {
        foreach (var extension in extensions.AsSpan())
        {
            StartExtension(extension);
            End();
        }
    }
}
