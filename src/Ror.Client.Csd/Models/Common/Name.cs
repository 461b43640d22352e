using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>A person or service name (nom), after the OASIS names specification.</summary>
/// <remarks>XSD type <c>name</c>. Not sealed: <see cref="PersonName"/> extends it with a language, as <c>person/name</c> extends <c>name</c>.</remarks>
[CsdTypeName("name")]
public record Name
{
    /// <summary>Full names as usually written (nom d'usage complet). Wire element <c>commonName</c> (one or more).</summary>
    [CsdElementName("commonName")]
    public EquatableList<string> CommonNames { get; init; } = [];

    /// <summary>Professional title (civilité d'exercice), TRE_R11-CiviliteExercice. Wire element <c>honorific</c> (optional).</summary>
    [CsdElementName("honorific")]
    public CodedType? Honorific { get; init; }

    /// <summary>Given name (prénom). Wire element <c>forename</c> (optional).</summary>
    [CsdElementName("forename")]
    public string? Forename { get; init; }

    /// <summary>Other names (autres noms). Wire element <c>otherName</c> (zero or more).</summary>
    [CsdElementName("otherName")]
    public EquatableList<CodedType> OtherNames { get; init; } = [];

    /// <summary>Family name (nom de famille). Wire element <c>surname</c> (optional).</summary>
    [CsdElementName("surname")]
    public string? Surname { get; init; }

    /// <summary>Name suffix. Wire element <c>suffix</c> (optional).</summary>
    [CsdElementName("suffix")]
    public string? Suffix { get; init; }

    /// <summary>ROR extension: civil title. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<NameExtension> Extensions { get; init; } = [];
}
