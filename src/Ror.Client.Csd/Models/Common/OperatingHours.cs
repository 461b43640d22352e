using Ror.Client.Csd.Serialization;

namespace Ror.Client.Csd.Models;

/// <summary>Opening hours over a period (horaires).</summary>
/// <remarks>XSD type <c>operatingHours</c>.</remarks>
[CsdTypeName("operatingHours")]
public sealed record OperatingHours
{
    /// <summary>Whether the hours are opening (true) or closing (false) hours. Wire element <c>openFlag</c> (required).</summary>
    [CsdElementName("openFlag")]
    public required bool IsOpen { get; init; }

    /// <summary>Days of the week concerned, Sunday = 0, Monday = 1… (jours de la semaine). Wire element <c>dayOfTheWeek</c> (zero or more).</summary>
    [CsdElementName("dayOfTheWeek")]
    public EquatableList<int> DaysOfWeek { get; init; } = [];

    /// <summary>Start time (heure de début). Wire element <c>beginningHour</c> (optional).</summary>
    [CsdElementName("beginningHour")]
    public TimeOnly? BeginningHour { get; init; }

    /// <summary>End time (heure de fin). Wire element <c>endingHour</c> (optional).</summary>
    [CsdElementName("endingHour")]
    public TimeOnly? EndingHour { get; init; }

    /// <summary>First day the hours apply (date de début d'effet). Wire element <c>beginEffectiveDate</c> (required).</summary>
    [CsdElementName("beginEffectiveDate")]
    public required DateOnly BeginEffectiveDate { get; init; }

    /// <summary>Last day the hours apply (date de fin d'effet). Wire element <c>endEffectiveDate</c> (optional).</summary>
    [CsdElementName("endEffectiveDate")]
    public DateOnly? EndEffectiveDate { get; init; }

    /// <summary>ROR extension: type of hours and metadata. Wire element <c>extension</c> (zero or more).</summary>
    [CsdElementName("extension")]
    public EquatableList<OperatingHoursExtension> Extensions { get; init; } = [];
}
