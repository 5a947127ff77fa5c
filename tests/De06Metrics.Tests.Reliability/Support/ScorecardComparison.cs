using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reliability.Support;

/// <summary>
/// Compares two scorecards field by field, decimals by their exact representation (88,80 is not 88,8: the scale is
/// kept), and writes a scorecard's evaluation as text, so that a round trip can be checked to change nothing a user sees.
/// </summary>
internal static class ScorecardComparison
{
    /// <summary>Every field that differs, as "path: expected ≠ actual"; empty when the two hold the same items.</summary>
    public static List<string> Differences(Scorecard expected, Scorecard actual)
    {
        var differences = new List<string>();
        void Check(string path, object? e, object? a)
        {
            var (left, right) = (Show(e), Show(a));
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                differences.Add($"{path}: {left} ≠ {right}");
            }
        }

        Check("units.count", expected.Units.Units.Length, actual.Units.Units.Length);
        foreach (var (e, a, i) in Pairs(expected.Units.Units, actual.Units.Units))
        {
            var path = $"units[{i}]";
            Check(path + ".id", e.Id, a.Id);
            Text(Check, path + ".name", e.Name, a.Name);
            Check(path + ".kind", e.Kind, a.Kind);
            Check(path + ".parent", e.ParentId, a.ParentId);
        }

        Check("indicators.count", expected.Indicators.Length, actual.Indicators.Length);
        foreach (var (e, a, i) in Pairs(expected.Indicators, actual.Indicators))
        {
            var path = $"indicators[{i}]";
            Check(path + ".code", e.Code, a.Code);
            Text(Check, path + ".name", e.Name, a.Name);
            Check(path + ".measure.kind", e.Measure.Kind, a.Measure.Kind);
            Text(Check, path + ".measure.countUnit", e.Measure.CountUnit, a.Measure.CountUnit);
            Check(path + ".measure.countUnitSingular", e.Measure.CountUnitSingular, a.Measure.CountUnitSingular);
            Check(path + ".measure.currency", e.Measure.Currency.Code, a.Measure.Currency.Code);
            Check(path + ".measure.scale", e.Measure.Scale, a.Measure.Scale);
            Check(path + ".measure.maximumScore", e.Measure.MaximumScore, a.Measure.MaximumScore);
            Check(path + ".measure.allowsAboveWhole", e.Measure.AllowsAboveWhole, a.Measure.AllowsAboveWhole);
            Text(Check, path + ".measure.perUnit", e.Measure.PerUnit, a.Measure.PerUnit);
            Check(path + ".measure.perUnitSingular", e.Measure.PerUnitSingular, a.Measure.PerUnitSingular);
            Check(path + ".measure.perQuantity", e.Measure.PerQuantity, a.Measure.PerQuantity);
            Check(path + ".formula", e.Formula, a.Formula);
            Check(path + ".polarity", e.Polarity, a.Polarity);
            Check(path + ".decimals", e.DisplayDecimals, a.DisplayDecimals);
            Check(path + ".rollUp", e.RollUp, a.RollUp);
            Responsibility(Check, path + ".responsibility", e.Responsibility, a.Responsibility);
        }

        Check("targets.count", expected.Targets.Length, actual.Targets.Length);
        foreach (var (e, a, i) in Pairs(expected.Targets, actual.Targets))
        {
            var path = $"targets[{i}]";
            Key(Check, path, e.Key, a.Key);
            Check(path + ".goal.kind", e.Goal.Kind, a.Goal.Kind);
            Check(path + ".goal.low", e.Goal.Low, a.Goal.Low);
            Check(path + ".goal.high", e.Goal.High, a.Goal.High);
            Check(path + ".goal.tolerance", e.Goal.Tolerance, a.Goal.Tolerance);
            Source(Check, path + ".source", e.Source, a.Source);
            Responsibility(Check, path + ".responsibility", e.Responsibility, a.Responsibility);
        }

        Check("observations.count", expected.Observations.Length, actual.Observations.Length);
        foreach (var (e, a, i) in Pairs(expected.Observations, actual.Observations))
        {
            var path = $"observations[{i}]";
            Key(Check, path, e.Key, a.Key);
            Check(path + ".value", e.Value.Value, a.Value.Value);
            Check(path + ".numerator", e.Value.Numerator, a.Value.Numerator);
            Check(path + ".denominator", e.Value.Denominator, a.Value.Denominator);
            Check(path + ".asOf", e.AsOf, a.AsOf);
            Check(path + ".countedTo", e.CountedTo, a.CountedTo);
            Source(Check, path + ".source", e.Source, a.Source);
        }

        return differences;
    }

    /// <summary>
    /// A scorecard's evaluation of a period as text: per row its value, origin, target, status, margin, schedule,
    /// changes, ranks and responsibility, and its sentences in both languages; then the lagging report in both.
    /// </summary>
    public static string Evaluate(Scorecard scorecard, Periods.ReportingPeriod period, LocalDate? asOf, ScorecardOptions? options)
    {
        ScorecardResult result;
        try
        {
            result = scorecard.Evaluate(period, asOf, options);
        }
        catch (ArgumentException e)
        {
            return $"refused: {e.GetType().Name}: {e.Message}";
        }

        var lines = result.Rows.Select(row => string.Join(" | ",
            row.Indicator.Code, row.Unit.Id, Show(row.Period), Show(row.Actual), row.Origin, row.DerivedFromChildren, row.DerivationProblem,
            Show(row.Target?.Goal), row.Status, Show(row.Evaluation?.Margin), Show(row.Evaluation?.Deviation), row.Schedule?.Status, row.IsBehindSchedule,
            Show(row.BasePeriod), Show(row.BaseValue), Show(row.Change?.Amount), row.Change?.Kind, row.Change?.Reason, row.Change?.Assessment,
            Show(row.RelativeChange?.Amount), row.RelativeChange?.Reason, Show(row.RankChange), Show(row.PeerRank), row.Responsibility, row.IsDeclining,
            row.DescribeValue(Language.Vietnamese), row.DescribeValue(Language.English), row.Describe(Language.Vietnamese), row.Describe(Language.English)));
        var lagging = result.Lagging();
        return string.Join("\n", lines) + "\n--\n" + lagging.Describe(Language.Vietnamese) + "\n--\n" + lagging.Describe(Language.English);
    }

    private static IEnumerable<(T Expected, T Actual, int Index)> Pairs<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual) =>
        Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).Select(i => (expected[i], actual[i], i));

    private static void Text(Action<string, object?, object?> check, string path, LocalizedText? expected, LocalizedText? actual)
    {
        check(path + ".vi", expected?.Vietnamese, actual?.Vietnamese);
        check(path + ".en", expected?.English, actual?.English);
    }

    private static void Key(Action<string, object?, object?> check, string path, IndicatorKey expected, IndicatorKey actual)
    {
        check(path + ".indicator", expected.Indicator, actual.Indicator);
        check(path + ".unit", expected.Unit, actual.Unit);
        check(path + ".period", Show(expected.Period), Show(actual.Period));
        check(path + ".period.kind", expected.Period.Kind, actual.Period.Kind);
        check(path + ".period.equals", true, expected.Period.Equals(actual.Period));
    }

    private static void Source(Action<string, object?, object?> check, string path, SourceReference? expected, SourceReference? actual)
    {
        check(path + ".document", expected?.Document, actual?.Document);
        check(path + ".issuedOn", expected?.IssuedOn, actual?.IssuedOn);
        check(path + ".note", expected?.Note, actual?.Note);
    }

    private static void Responsibility(Action<string, object?, object?> check, string path, Responsibility? expected, Responsibility? actual)
    {
        check(path + ".lead", expected?.Lead, actual?.Lead);
        check(path + ".coordinating", expected is null ? null : string.Join(" ‖ ", expected.Coordinating), actual is null ? null : string.Join(" ‖ ", actual.Coordinating));
    }

    /// <summary>Writes any value invariantly and in full: decimals with their scale, periods in ISO form, strings escaped.</summary>
    private static string Show(object? value) => value switch
    {
        null => "∅",
        string text => "\"" + text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        Periods.ReportingPeriod period => period.ToString("I", null),
        MeasuredValue measured => $"{Show(measured.Value)} ({Show(measured.Numerator)}/{Show(measured.Denominator)})",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "∅",
    };
}
