namespace Ror.Client.Csd;

/// <summary>Which element a CSD document is written in.</summary>
public enum CsdDocumentRoot
{
    /// <summary>The <c>csd:CSD</c> root element (public file, extraction).</summary>
    Csd = 0,

    /// <summary>
    /// A Lecture answer: <c>csd:careServicesResponse/csd:result</c>, the optional <c>facilityNumber</c>
    /// (<see cref="CsdWriterOptions.FacilityNumber"/>) then <c>queryResult</c> holding the five directories.
    /// </summary>
    CareServicesResponse = 1,
}
