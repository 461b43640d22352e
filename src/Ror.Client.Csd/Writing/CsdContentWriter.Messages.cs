using Ror.Client.Csd.Models;

namespace Ror.Client.Csd;

/// <summary>Documents and messages: the root elements.</summary>
internal sealed partial class CsdContentWriter
{
    private const string RorPrefix = "ror";

    /// <summary>Writes any supported model as a root element.</summary>
    public void Message(object message)
    {
        switch (message)
        {
            case CsdDocument document:
                Document(document);
                break;
            case CareServicesRequest request:
                CareServicesRequest(request);
                break;
            case CareServicesResponse response:
                CareServicesResponse(response);
                break;
            case EstablishmentsUpdatedSinceRequest request:
                EstablishmentsUpdatedSinceRequest(request);
                break;
            case EstablishmentsUpdatedSinceResponse response:
                EstablishmentsUpdatedSinceResponse(response);
                break;
            case CsdError error:
                RorError(error);
                break;
            case GetModificationsRequest request:
                GetModificationsRequest(request);
                break;
            case GetModificationsResponse response:
                GetModificationsResponse(response);
                break;
            case CareServicesFunctionDefinition function:
                CareServicesFunction(function);
                break;
            default:
                throw new ArgumentException(
                    $"{message?.GetType().FullName ?? "null"} is not a ROR CSD message: expected CsdDocument, CareServicesRequest, " +
                    "CareServicesResponse, EstablishmentsUpdatedSinceRequest, EstablishmentsUpdatedSinceResponse, CsdError, " +
                    "GetModificationsRequest, GetModificationsResponse or CareServicesFunctionDefinition.",
                    nameof(message));
        }
    }

    /// <summary>Writes a whole document, in the root chosen by <see cref="CsdWriterOptions.DocumentRoot"/>.</summary>
    public void Document(CsdDocument document)
    {
        StartDocumentRoot();
        Directory("organizationDirectory", document.Organizations, Organization);
        Directory("serviceDirectory", document.Services, Service);
        Directory("facilityDirectory", document.Facilities, Facility);
        Directory("providerDirectory", document.Providers, Provider);
        Directory("deviceDirectory", document.Devices, Device);
        EndDocumentRoot();
    }

    /// <summary>Starts the document root (<c>CSD</c>, or <c>careServicesResponse/result/…/queryResult</c>).</summary>
    public void StartDocumentRoot()
    {
        if (_options.DocumentRoot == CsdDocumentRoot.CareServicesResponse)
        {
            Start("careServicesResponse");
            DeclareCsdAsDefault();
            Start("result");
            OptionalInteger("facilityNumber", _options.FacilityNumber);
            Start("queryResult");
        }
        else
        {
            Start("CSD");
            DeclareCsdAsDefault();
        }
    }

    /// <summary>Ends what <see cref="StartDocumentRoot"/> started.</summary>
    public void EndDocumentRoot()
    {
        End();
        if (_options.DocumentRoot == CsdDocumentRoot.CareServicesResponse)
        {
            End();
            End();
        }
    }

    /// <summary>Starts one of the five directory elements.</summary>
    public void StartDirectory(string name) => Start(name);

    /// <summary>Ends the directory element being written.</summary>
    public void EndDirectory() => End();

    private void Directory<T>(string name, EquatableList<T> entities, Action<T> write)
    {
        Start(name);
        foreach (var entity in entities.AsSpan())
        {
            write(entity);
        }

        End();
    }

    private void Directories(CsdDocument? document)
    {
        document = Required(document, "the CSD document");
        Directory("organizationDirectory", document.Organizations, Organization);
        Directory("serviceDirectory", document.Services, Service);
        Directory("facilityDirectory", document.Facilities, Facility);
        Directory("providerDirectory", document.Providers, Provider);
        Directory("deviceDirectory", document.Devices, Device);
    }

    public void CareServicesRequest(CareServicesRequest request)
    {
        Start("careServicesRequest");
        DeclareCsdAsDefault();
        switch (request.Query)
        {
            case CareServicesExpression expression:
                Start("expression");
                Attribute("encapsulated", expression.Encapsulated);
                _out.Attribute("content-type", expression.ContentType);
                ExtraAttributes(expression.ExtraAttributes);
                End();
                break;
            case CareServicesFunctionCall function:
                Start("function");
                _out.Attribute("urn", function.Urn);
                Attribute("encapsulated", function.Encapsulated);
                FunctionCall(function);
                End();
                break;
            default:
                throw new ArgumentException(
                    $"Cannot write the care services request: unknown query type {request.Query?.GetType().Name ?? "null"}.");
        }

        End();
    }

    private void FunctionCall(CareServicesFunctionCall function)
    {
        switch (function)
        {
            case EstablishmentOfferReadFunction establishment:
                Start("TR_Lecture-OffresSanteEtablissement");
                var criteria = Required(Required(establishment.Parameters, "TR_Lecture-OffresSanteEtablissement").Criteria, "etablissementDemandeLecture");
                Start("etablissementDemandeLecture");
                OtherId("id_etablissement", criteria.EstablishmentId);
                OptionalDateTime("dateRef", criteria.ReferenceDate, _options.OmitOffsetInRequestDates);
                CodedList("typeActivity", criteria.ActivityTypes);
                CodedList("supportedPatient", criteria.SupportedPatients);
                RestrictedOrganization(criteria.RestrictedOrganization);
                End();
                End();
                break;
            case InternalOrganizationOfferReadFunction internalOrganization:
                Start("TR_Lecture-OffreSanteOrganisationInterne");
                OtherId("organisationID", Required(internalOrganization.Parameters, "TR_Lecture-OffreSanteOrganisationInterne").InternalOrganizationId);
                End();
                break;
            default:
                throw new ArgumentException($"Cannot write the care services request: unknown function type {function.GetType().Name}.");
        }
    }

    private void RestrictedOrganization(bool? value)
    {
        if (value is { } restricted)
        {
            Start("restrictedOrganisation");
            _out.Text(_options.RestrictedOrganizationAsDigit ? (restricted ? "1" : "0") : (restricted ? "true" : "false"));
            End();
        }
    }

    public void CareServicesResponse(CareServicesResponse response)
    {
        Start("careServicesResponse");
        DeclareCsdAsDefault();
        Attribute("content-type", response.ContentType);
        ExtraAttributes(response.ExtraAttributes);
        switch (response.Outcome)
        {
            case CsdError error:
                Start("error");
                ErrorContent(error);
                End();
                break;
            case CareServicesResult result:
                Start("result");
                OptionalInteger("facilityNumber", result.FacilityNumber);
                Start("queryResult");
                Directories(result.QueryResult);
                End();
                End();
                break;
            default:
                throw new ArgumentException(
                    $"Cannot write the care services response: its outcome must be a CsdError or a CareServicesResult, got {response.Outcome?.GetType().Name ?? "null"}.");
        }

        End();
    }

    private void ErrorContent(CsdError error)
    {
        Attribute("code", error.Code);
        Attribute("message", error.Message);
        ExtraAttributes(error.ExtraAttributes);
        if (error.Text is not null)
        {
            _out.Text(error.Text);
        }
    }

    public void RorError(CsdError error)
    {
        _out.StartElement(RorPrefix, "erreur", CsdNamespaces.Ror);
        ErrorContent(error);
        End();
    }

    public void EstablishmentsUpdatedSinceRequest(EstablishmentsUpdatedSinceRequest request)
    {
        _out.StartElement(RorPrefix, "TR-Notif-ListeEtablissementsMajApresDate_Demande", CsdNamespaces.Ror);
        DeclareCsdAsDefault();
        var parameters = Required(request.Parameters, "params");
        Start("params");
        DateTime("dateRef", parameters.ReferenceDate, _options.OmitOffsetInRequestDates);
        CodedList("typeActivity", parameters.ActivityTypes);
        CodedList("supportedPatient", parameters.SupportedPatients);
        End();
        End();
    }

    public void EstablishmentsUpdatedSinceResponse(EstablishmentsUpdatedSinceResponse response)
    {
        _out.StartElement(RorPrefix, "TR-Notif-ListeEtablissementMajApresDate_Reponse", CsdNamespaces.Ror);
        DeclareCsdAsDefault();
        foreach (var entry in response.Entries.AsSpan())
        {
            // supportedPatient is tolerated when read (older servers send it) but not declared by the 2.4 schema: not written.
            Start("etablissementReponseNotif");
            OtherId("id_etablissement", entry.EstablishmentId);
            CodedList("typeActivity", entry.ActivityTypes);
            RestrictedOrganization(entry.RestrictedOrganization);
            End();
        }

        OptionalInteger("result", response.Result);
        End();
    }

    public void GetModificationsRequest(GetModificationsRequest request)
    {
        Start("getModificationsRequest");
        DeclareCsdAsDefault();
        DateTime("lastModified", request.LastModified);
        End();
    }

    public void GetModificationsResponse(GetModificationsResponse response)
    {
        Start("getModificationsResponse");
        DeclareCsdAsDefault();
        Start("CSD");
        Directories(response.Document);
        End();
        End();
    }

    public void CareServicesFunction(CareServicesFunctionDefinition function)
    {
        Start("careServicesFunction");
        DeclareCsdAsDefault();
        _out.Attribute("urn", function.Urn);
        _out.Attribute("content-type", function.ContentType);
        Attribute("schema", function.SchemaUris);
        ExtraAttributes(function.ExtraAttributes);
        if (function.Description is not null)
        {
            Start("description");
            Fragment(function.Description);
            End();
        }

        Text("definition", function.Definition);
        Fragment(function.Instance);
        Fragment(function.Schema);
        foreach (var binding in function.Bindings.AsSpan())
        {
            Fragment(binding);
        }

        GenericExtensions(function.Extensions);
        End();
    }
}
