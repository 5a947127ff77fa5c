using System.Globalization;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Units;

namespace De06Metrics.Serialization;

/// <summary>
/// The rules a trajectory and a data-closing setting follow in every file form (JSON, CSV), so that both read the
/// same items the same way. Fields are named by their CSV column; JSON maps them to its paths. Stateless.
/// </summary>
internal static class TrajectoryRules
{
    /// <summary>The words for a trajectory's method: <c>linear</c>, <c>constantGrowth</c>, <c>milestones</c>.</summary>
    public static readonly TokenSet<TrajectoryMethod> Methods = new(
        ("linear", TrajectoryMethod.Linear), ("constantGrowth", TrajectoryMethod.ConstantGrowth), ("milestones", TrajectoryMethod.Explicit));

    /// <summary>What a data-closing setting may be, for a message.</summary>
    public const string ExpectedDataClosing =
        "'decree09' (figures close on the 14th, Decree 09/2019/NĐ-CP), 'calendarPeriod' (no closing day) or a closing day from 1 to 27";

    /// <summary>
    /// Builds a trajectory from the fields read, or reports why not at the field that causes it: the end year not after
    /// the baseline's at <c>end_year</c>, milestones with a method other than <c>milestones</c> or outside the years
    /// between the baseline and the end at <c>milestones</c>, a constant growth from or to zero at the value.
    /// </summary>
    public static ScorecardTrajectory? Build(
        Indicator indicator,
        UnitId? unit,
        TrajectoryMethod method,
        (int Year, decimal Value) baseline,
        (int Year, decimal Value) end,
        IReadOnlyList<(int Year, decimal Value)> milestones,
        IFieldProblems sink)
    {
        if (end.Year <= baseline.Year)
        {
            sink.Fail("end_year", string.Create(CultureInfo.InvariantCulture,
                $"the end year {end.Year} must be after the baseline year {baseline.Year}."));
            return null;
        }

        if (method != TrajectoryMethod.Explicit && milestones.Count > 0)
        {
            sink.Fail("milestones", $"milestones are given only with the method 'milestones'; a {Methods.Format(method)} trajectory sets its own.");
            return null;
        }

        try
        {
            var from = new TrajectoryMilestone(baseline.Year, baseline.Value);
            var to = new TrajectoryMilestone(end.Year, end.Value);
            var trajectory = method switch
            {
                TrajectoryMethod.Linear => Trajectory.Linear(indicator, from, to),
                TrajectoryMethod.ConstantGrowth => Trajectory.ConstantGrowth(indicator, from, to),
                _ => Trajectory.Explicit(indicator, from, to, milestones.Select(m => new TrajectoryMilestone(m.Year, m.Value))),
            };
            return new ScorecardTrajectory(trajectory, unit);
        }
        catch (ArgumentException exception)
        {
            var field = exception.ParamName switch
            {
                "baseline" => "baseline_value",
                "target" => "end_value",
                "milestones" or "year" => "milestones",
                "indicator" => "indicator",
                _ => "method",
            };
            sink.Fail(field, ItemRules.FirstSentence(exception.Message));
            return null;
        }
    }

    /// <summary>A year as a file gives it: a whole number within the years a period may have.</summary>
    public static bool TryYear(decimal number, out int year, out string error)
    {
        if (decimal.Truncate(number) != number || number < ReportingPeriod.MinYear || number > ReportingPeriod.MaxYear)
        {
            year = 0;
            error = string.Create(CultureInfo.InvariantCulture,
                $"expected a year, a whole number from {ReportingPeriod.MinYear} to {ReportingPeriod.MaxYear}.");
            return false;
        }

        year = (int)number;
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// Reads a data-closing setting: <c>decree09</c>, <c>calendarPeriod</c> (read ignoring case, spaces, hyphens and
    /// underscores), or a closing day from 1 to 27.
    /// </summary>
    public static bool TryDataClosing(string text, out DataClosingRule? rule)
    {
        var word = text.Trim();
        rule = Normalise(word) switch
        {
            "decree09" => DataClosingRule.Decree09,
            "calendarperiod" => DataClosingRule.CalendarPeriod,
            _ => int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var day) &&
                 day is >= DataClosingRule.MinClosingDay and <= DataClosingRule.MaxClosingDay
                ? DataClosingRule.OnDay(day)
                : null,
        };
        return rule is not null;

        static string Normalise(string word) =>
            string.Concat(word.Where(c => c is not ('_' or '-' or ' ')).Select(char.ToLowerInvariant));
    }

    /// <summary>Writes a data-closing rule as a file gives it: <c>decree09</c>, <c>calendarPeriod</c>, or its closing day.</summary>
    public static string FormatDataClosing(DataClosingRule rule) => rule.ClosingDay switch
    {
        null => "calendarPeriod",
        14 => "decree09",
        { } day => day.ToString(CultureInfo.InvariantCulture),
    };
}
