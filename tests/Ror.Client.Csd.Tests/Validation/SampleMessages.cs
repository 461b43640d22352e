namespace Ror.Client.Csd.Tests.Validation;

/// <summary>Small hand-written ROR messages (fictitious identifiers) used by the validation tests.</summary>
internal static class SampleMessages
{
    public const string NotifRequestEnvelope = """
        <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"
                      xmlns:ror="urn:asip:ror:2015" xmlns:csd="urn:ihe:iti:csd:2013">
          <env:Header/>
          <env:Body>
            <ror:TR-Notif-ListeEtablissementsMajApresDate_Demande>
              <csd:params>
                <csd:dateRef>2025-02-03T06:30:00</csd:dateRef>
                <csd:typeActivity code="01" codingScheme="1.2.250.1.213.3.3.17"/>
                <csd:typeActivity code="04" codingScheme="1.2.250.1.213.3.3.17"/>
                <csd:supportedPatient code="02" codingScheme="1.2.250.1.213.3.3.29"/>
              </csd:params>
            </ror:TR-Notif-ListeEtablissementsMajApresDate_Demande>
          </env:Body>
        </env:Envelope>
        """;

    public const string NotifResponse = """
        <ror:TR-Notif-ListeEtablissementMajApresDate_Reponse xmlns:ror="urn:asip:ror:2015" xmlns:csd="urn:ihe:iti:csd:2013">
          <csd:etablissementReponseNotif>
            <csd:id_etablissement code="1990000043" assigningAuthorityName="1.2.250.1.71.4.2.2"/>
            <csd:typeActivity code="02" codingScheme="1.2.250.1.213.3.3.17">Soins médicaux et de réadaptation</csd:typeActivity>
            <csd:restrictedOrganisation>0</csd:restrictedOrganisation>
          </csd:etablissementReponseNotif>
          <csd:etablissementReponseNotif>
            <csd:id_etablissement code="1990000050" assigningAuthorityName="1.2.250.1.71.1.2.14"/>
          </csd:etablissementReponseNotif>
          <csd:result>2</csd:result>
        </ror:TR-Notif-ListeEtablissementMajApresDate_Reponse>
        """;

    public const string EstablishmentReadRequestEnvelope = """
        <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope" xmlns:csd="urn:ihe:iti:csd:2013">
          <env:Body>
            <csd:careServicesRequest>
              <csd:function urn="urn:asip:ror:lecture:offreSoinEtablissement:2017" encapsulated="true">
                <csd:TR_Lecture-OffresSanteEtablissement>
                  <csd:etablissementDemandeLecture>
                    <csd:id_etablissement code="1990000043" assigningAuthorityName="1.2.250.1.71.1.2.14"/>
                    <csd:dateRef>2025-02-01T00:00:00+01:00</csd:dateRef>
                    <csd:typeActivity code="02" codingScheme="1.2.250.1.213.3.3.17"/>
                    <csd:restrictedOrganisation>1</csd:restrictedOrganisation>
                  </csd:etablissementDemandeLecture>
                </csd:TR_Lecture-OffresSanteEtablissement>
              </csd:function>
            </csd:careServicesRequest>
          </env:Body>
        </env:Envelope>
        """;

    public const string InternalOrganizationReadRequest = """
        <careServicesRequest xmlns="urn:ihe:iti:csd:2013">
          <function urn="urn:asip:ror:lecture:offreSoinEtablissement:2017" encapsulated="true">
            <TR_Lecture-OffreSanteOrganisationInterne>
              <organisationID code="52/100077" assigningAuthorityName="1.2.250.1.71.1.2.14"/>
            </TR_Lecture-OffreSanteOrganisationInterne>
          </function>
        </careServicesRequest>
        """;

    /// <summary>A Lecture EG answer: EJ, EG, one pôle and one UE under it, one service.</summary>
    public const string EstablishmentReadResponse = """
        <careServicesResponse xmlns="urn:ihe:iti:csd:2013">
          <result>
            <facilityNumber>1</facilityNumber>
            <queryResult>
              <organizationDirectory>
                <organization entityID="EJ-7">
                  <otherID code="1990000035" assigningAuthorityName="1.2.250.1.71.4.2.2"/>
                  <codedType code="95" codingScheme="1.2.250.1.213.1.6.1.44">SAS</codedType>
                  <primaryName>GROUPE EXEMPLE SOINS</primaryName>
                  <record created="2019-05-02T10:00:00+02:00" updated="2024-10-01T08:15:00+02:00" status="Ok"/>
                </organization>
                <organization entityID="EG-7">
                  <otherID code="1990000043" assigningAuthorityName="1.2.250.1.71.4.2.2"/>
                  <codedType code="109" codingScheme="1.2.250.1.213.1.6.1.45"/>
                  <primaryName>CENTRE EXEMPLE DE READAPTATION</primaryName>
                  <parent entityID="EJ-7"/>
                  <record created="2019-05-02T10:00:00+02:00" updated="2024-10-01T08:15:00+02:00" status="Ok"/>
                </organization>
              </organizationDirectory>
              <serviceDirectory>
                <service entityID="SRV-7">
                  <codedType code="187" codingScheme="1.2.250.1.213.3.3.12"/>
                  <record created="2019-05-02T10:00:00+02:00" updated="2019-05-02T10:00:00+02:00" status="Ok"/>
                </service>
              </serviceDirectory>
              <facilityDirectory>
                <facility entityID="OI-70">
                  <otherID code="52/100070" assigningAuthorityName="1.2.250.1.71.1.2.14"/>
                  <codedType code="1" codingScheme="1.2.250.1.213.3.3.8"/>
                  <primaryName>POLE READAPTATION</primaryName>
                  <organizations><organization entityID="EG-7"/></organizations>
                  <extension type="Type1" urn="Urn0">
                    <typeActivity code="02" codingScheme="1.2.250.1.213.3.3.17"/>
                    <careMode code="" codingScheme=""/>
                    <patientsType>
                      <patientTypeAgeMin><value>0</value><unit code="a" codingScheme="2.16.840.1.113883.6.8"/></patientTypeAgeMin>
                      <patientTypeAgeMax><value>120</value><unit code="a" codingScheme="2.16.840.1.113883.6.8"/></patientTypeAgeMax>
                      <record created="2019-05-02T10:00:00+02:00" updated="2019-05-02T10:00:00+02:00" status="Ok"/>
                    </patientsType>
                    <sensitiveUnit>false</sensitiveUnit>
                  </extension>
                  <record created="2019-05-02T10:00:00+02:00" updated="2019-05-02T10:00:00+02:00" status="Ok"/>
                </facility>
                <facility entityID="OI-77">
                  <otherID code="52/100077" assigningAuthorityName="1.2.250.1.71.1.2.14"/>
                  <codedType code="4" codingScheme="1.2.250.1.213.3.3.8"/>
                  <primaryName>HOSPITALISATION DE JOUR READAPTATION</primaryName>
                  <organizations>
                    <organization entityID="EG-7"><service entityID="SRV-7"/></organization>
                  </organizations>
                  <extension type="Type1" urn="Urn0">
                    <typeActivity code="02" codingScheme="1.2.250.1.213.3.3.17"/>
                    <careMode code="07" codingScheme="1.2.250.1.213.3.3.13"/>
                    <patientsType>
                      <patientTypeAgeMin><value>18</value><unit code="a" codingScheme="2.16.840.1.113883.6.8"/></patientTypeAgeMin>
                      <patientTypeAgeMax><value>120</value><unit code="a" codingScheme="2.16.840.1.113883.6.8"/></patientTypeAgeMax>
                      <record created="2019-05-02T10:00:00+02:00" updated="2019-05-02T10:00:00+02:00" status="Ok"/>
                    </patientsType>
                    <parentFacility entityID="OI-70"/>
                    <sensitiveUnit>false</sensitiveUnit>
                  </extension>
                  <record created="2019-05-02T10:00:00+02:00" updated="2024-10-01T08:15:00+02:00" status="Ok"/>
                </facility>
              </facilityDirectory>
              <providerDirectory/>
              <deviceDirectory/>
            </queryResult>
          </result>
        </careServicesResponse>
        """;

    public const string ErrorResponseEnvelope = """
        <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope">
          <env:Body>
            <csd:careServicesResponse xmlns:csd="urn:ihe:iti:csd:2013">
              <csd:error code="405" message="Nombre d'UE incohérent"/>
            </csd:careServicesResponse>
          </env:Body>
        </env:Envelope>
        """;

    public const string FaultEnvelope = """
        <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope">
          <env:Body>
            <env:Fault>
              <env:Code><env:Value>env:Receiver</env:Value></env:Code>
              <env:Reason><env:Text xml:lang="fr">Service indisponible</env:Text></env:Reason>
              <env:Detail>
                <ror:erreur xmlns:ror="urn:asip:ror:2015" code="444" message="Non prévu sur la plateforme"/>
              </env:Detail>
            </env:Fault>
          </env:Body>
        </env:Envelope>
        """;

    public const string BareFault = """<ror:erreur xmlns:ror="urn:asip:ror:2015" code="444" message="Non prévu sur la plateforme">détail</ror:erreur>""";

    public const string EmptyCsd = """
        <CSD xmlns="urn:ihe:iti:csd:2013">
          <organizationDirectory/>
          <serviceDirectory/>
          <facilityDirectory/>
          <providerDirectory/>
          <deviceDirectory/>
        </CSD>
        """;
}
