using System.Text;
using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Reliability.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace De06Metrics.Tests.Reliability.Properties;

/// <summary>
/// Writing any valid scorecard and reading it back gives the same scorecard, field by field (decimals to their
/// scale), through JSON and through a folder of CSV files with either decimal separator; and the scorecard read back
/// evaluates to exactly the same rows, margins, changes, ranks, sentences and lagging report in both languages.
/// </summary>
[Properties(Replay = Seeds.Replay, MaxTest = Seeds.Cases)]
public class SerializationProperties
{
    [Property]
    public Property Writing_any_scorecard_as_JSON_and_reading_it_back_changes_nothing() =>
        Prop.ForAll(Arb.From(Generators.Scorecard), scorecard =>
        {
            var json = ScorecardJson.ToJson(scorecard);
            var read = ScorecardJson.Read(Encoding.UTF8.GetBytes(json), "round-trip.json");
            var differences = ScorecardComparison.Differences(scorecard, read.Scorecard);
            return (read.IsValid && differences.Count == 0)
                .Label($"problems: {string.Join("; ", read.Problems)}; differences: {string.Join("; ", differences)}\n{json}");
        });

    [Property(MaxTest = Seeds.CostlyCases)]
    public Property Writing_any_scorecard_as_CSV_files_and_reading_them_back_changes_nothing_with_either_decimal_separator() =>
        Prop.ForAll(Arb.From(Generators.Scorecard), scorecard =>
        {
            if (ListSeparatorInCoordinatingId(scorecard) is { } id)
            {
                // The one thing a table cannot hold: the writer refuses rather than write a list that reads back as other ids.
                using var refused = new TemporaryFolder();
                var thrown = Record.Exception(() => ScorecardCsv.WriteFolder(scorecard, refused.Path, DecimalSeparator.Comma));
                return (thrown is ArgumentException && thrown.Message.Contains($"'{id}'", StringComparison.Ordinal)).Label($"{thrown}");
            }

            foreach (var separator in Enum.GetValues<DecimalSeparator>())
            {
                using var folder = new TemporaryFolder();
                ScorecardCsv.WriteFolder(scorecard, folder.Path, separator);
                foreach (var declared in new DecimalSeparator?[] { null, separator })
                {
                    var read = ScorecardCsv.ReadFolder(folder.Path, declared);
                    var differences = ScorecardComparison.Differences(scorecard, read.Scorecard);
                    if (!read.IsValid || differences.Count > 0)
                    {
                        return false.Label($"{separator} (declared {declared?.ToString() ?? "by settings.csv"}): problems: {string.Join("; ", read.Problems)}; differences: {string.Join("; ", differences)}\n{folder.Dump()}");
                    }
                }
            }

            return true.ToProperty();
        });

    /// <summary>
    /// Evaluated for each of its periods, with and without an as-of date inside the period and with and without a
    /// comparison period, the scorecard read back from JSON and from CSV gives the original's result, text and all.
    /// </summary>
    [Property(MaxTest = Seeds.CostlyCases)]
    public Property A_scorecard_read_back_evaluates_exactly_as_the_original() =>
        Prop.ForAll(Arb.From(Generators.Scorecard), scorecard =>
        {
            var fromJson = ScorecardJson.Read(Encoding.UTF8.GetBytes(ScorecardJson.ToJson(scorecard)), "round-trip.json").Scorecard;
            Scorecard fromCsv = fromJson;
            if (ListSeparatorInCoordinatingId(scorecard) is null)
            {
                using var folder = new TemporaryFolder();
                ScorecardCsv.WriteFolder(scorecard, folder.Path, DecimalSeparator.Comma);
                fromCsv = ScorecardCsv.ReadFolder(folder.Path).Scorecard;
            }

            foreach (var period in scorecard.Periods)
            {
                var middle = period.Start.PlusDays(NodaTime.Period.DaysBetween(period.Start, period.End) / 2);
                var other = scorecard.Periods.FirstOrDefault(p => !p.Equals(period));
                foreach (var (asOf, options) in new (LocalDate?, ScorecardOptions?)[] { (null, null), (middle, null), (null, other is null ? null : new ScorecardOptions(comparisonPeriod: other)) })
                {
                    var expected = ScorecardComparison.Evaluate(scorecard, period, asOf, options);
                    foreach (var (how, read) in new[] { ("JSON", fromJson), ("CSV", fromCsv) })
                    {
                        var actual = ScorecardComparison.Evaluate(read, period, asOf, options);
                        if (actual != expected)
                        {
                            return false.Label($"{how}, {period:I} as of {asOf}: expected\n{expected}\ngot\n{actual}");
                        }
                    }
                }
            }

            return true.ToProperty();
        });

    private static Units.UnitId? ListSeparatorInCoordinatingId(Scorecard scorecard) =>
        scorecard.Indicators.Select(i => i.Responsibility).Concat(scorecard.Targets.Select(t => t.Responsibility))
            .SelectMany(r => r?.Coordinating ?? [])
            .Select(id => (Units.UnitId?)id)
            .FirstOrDefault(id => id!.Value.Value.AsSpan().IndexOfAny(';', ',') >= 0);

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "de06-reliability-" + Guid.NewGuid().ToString("N"));

        public string Dump() => string.Join("\n", Directory.GetFiles(Path).Order().Select(file => $"--- {System.IO.Path.GetFileName(file)}\n{File.ReadAllText(file)}"));

        public void Dispose()
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}
