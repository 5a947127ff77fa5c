using System.Globalization;
using De06Metrics.Periods;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>Wording shared by the timeline's messages: ISO dates, invariant period labels and quoted unit lists.</summary>
internal static class TimelineText
{
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Period(ReportingPeriod period) => period.ToString(null, CultureInfo.InvariantCulture);

    public static string Units(IEnumerable<UnitId> units) => string.Join(", ", units.Select(unit => $"'{unit}'"));

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
