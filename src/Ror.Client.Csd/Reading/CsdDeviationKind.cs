namespace Ror.Client.Csd;

/// <summary>The kinds of schema deviation that <see cref="CsdReader"/> tolerates and reports.</summary>
public enum CsdDeviationKind
{
    /// <summary>An element the schema does not declare at this place was skipped with its content.</summary>
    UnknownElementSkipped,

    /// <summary>An attribute the schema does not declare at this place was ignored.</summary>
    UnknownAttributeIgnored,

    /// <summary>A corrected spelling of a misspelled schema name was accepted (e.g. <c>annualOpening</c> for <c>annualOpenning</c>).</summary>
    AliasUsed,

    /// <summary>An element that ROR CSD 2.4 does not declare but that some servers send was read (e.g. <c>supportedPatient</c> in a Notif entry).</summary>
    ToleratedElement,

    /// <summary>A mandatory element is missing; the model leaves it empty or holds a documented neutral value.</summary>
    MissingElement,

    /// <summary>A mandatory attribute is missing; the model holds an empty string.</summary>
    MissingAttribute,

    /// <summary>An element that the schema allows once appeared again; the last occurrence is kept.</summary>
    DuplicateElement,

    /// <summary>Several <c>extension</c> elements were merged into one.</summary>
    ExtensionsMerged,

    /// <summary>An <c>xs:dateTime</c> had no offset; it was read in <see cref="CsdReaderOptions.LocalTimeZone"/>.</summary>
    DateTimeWithoutOffset,

    /// <summary>Text content inside an element that only holds elements was ignored.</summary>
    UnexpectedText,

    /// <summary>An entity appeared in the directory of another kind (e.g. a <c>facility</c> in <c>organizationDirectory</c>); it was read anyway.</summary>
    OutOfOrder,

    /// <summary>An announced count (Notif <c>result</c>, <c>facilityNumber</c>) differs from what the document holds.</summary>
    CountMismatch,

    /// <summary>An entry of a zip archive that is not an XML file was skipped.</summary>
    ArchiveEntrySkipped,
}
