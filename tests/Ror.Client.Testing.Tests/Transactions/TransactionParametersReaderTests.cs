using System.Xml;
using Ror.Client.Testing.Transactions;

namespace Ror.Client.Testing.Tests.Transactions;

public sealed class TransactionParametersReaderTests
{
    [Fact]
    public void Read_NotificationRequest_ReadsEveryParameterInOrder()
    {
        var parameters = Read("""
            <ror:TR-Notif-ListeEtablissementsMajApresDate_Demande xmlns:ror="urn:asip:ror:2015" xmlns:csd="urn:ihe:iti:csd:2013">
              <csd:params>
                <csd:dateRef>2025-01-06T00:00:00</csd:dateRef>
                <csd:typeActivity code="04" codingScheme="1.2.250.1.213.3.3.17"/>
                <csd:typeActivity code="01" codingScheme="1.2.250.1.213.3.3.17"/>
                <csd:supportedPatient code="01" codingScheme="1.2.250.1.213.3.3.29"/>
              </csd:params>
            </ror:TR-Notif-ListeEtablissementsMajApresDate_Demande>
            """);

        Assert.Equal(new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.FromHours(1)), parameters.ReferenceDate);
        Assert.Equal(["04", "01"], parameters.ActivityTypes.Select(t => t.Code));
        Assert.Equal("01", Assert.Single(parameters.SupportedPatients).Code);
    }

    [Fact]
    public void Read_EstablishmentRequest_ReadsTheIdentifierAndRestrictedOrganisation()
    {
        var parameters = Read("""
            <csd:careServicesRequest xmlns:csd="urn:ihe:iti:csd:2013">
              <csd:function urn="urn:asip:ror:lecture:offreSoinEtablissement:2017" encapsulated="true">
                <csd:TR_Lecture-OffresSanteEtablissement>
                  <csd:etablissementDemandeLecture>
                    <csd:id_etablissement code="1990000019" assigningAuthorityName="1.2.250.1.71.4.2.2"/>
                    <csd:dateRef>2025-07-01T10:00:00+02:00</csd:dateRef>
                    <csd:restrictedOrganisation>1</csd:restrictedOrganisation>
                  </csd:etablissementDemandeLecture>
                </csd:TR_Lecture-OffresSanteEtablissement>
              </csd:function>
            </csd:careServicesRequest>
            """);

        Assert.Equal("1990000019", parameters.Identifier?.Code);
        Assert.Equal("1.2.250.1.71.4.2.2", parameters.Identifier?.AssigningAuthorityName);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.Zero), parameters.ReferenceDate);
        Assert.True(parameters.RestrictedOrganization);
    }

    [Theory]
    [InlineData("2025-07-01T10:00:00", 2)]
    [InlineData("2025-01-01T10:00:00", 1)]
    [InlineData("2025-01-01T10:00:00Z", 0)]
    public void ParseDate_WithoutOffset_IsParisLocalTime(string text, int expectedOffsetHours)
    {
        Assert.Equal(TimeSpan.FromHours(expectedOffsetHours), TransactionParametersReader.ParseDate(text).Offset);
    }

    [Theory]
    [InlineData("<csd:dateRef>hier</csd:dateRef>")]
    [InlineData("<csd:dateRef>2025-01-01</csd:dateRef>")]
    [InlineData("<csd:restrictedOrganisation>yes</csd:restrictedOrganisation>")]
    public void Read_InvalidValue_ThrowsFormatException(string element)
    {
        Assert.Throws<FormatException>(() => Read($"""<csd:params xmlns:csd="urn:ihe:iti:csd:2013">{element}</csd:params>"""));
    }

    private static TransactionParameters Read(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        reader.MoveToContent();
        return TransactionParametersReader.Read(reader);
    }
}
