using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// The words a scorecard's text may hold besides its own phrases, for <see cref="PseudoLanguage.WordsIn"/>: the data's
/// names and codes, and the text the layers below Scorecards write into a row's sentence (a value, a change, a verdict,
/// a schedule, a rank, a period label, a date). Those layers prove their own text with pseudo-language tests of their
/// own; removing it here leaves exactly the words the scorecard and the report write themselves.
/// </summary>
internal static class ScorecardWords
{
    public static IReadOnlyList<string> Of(ScorecardResult result, Language language)
    {
        var words = new List<string>();
        var units = new HashSet<UnitId>(result.Units.Units.Select(unit => unit.Id));
        foreach (var row in result.Rows)
        {
            var indicator = row.Indicator;
            words.AddRange(Both(indicator.Name));
            words.Add(indicator.Code.Value);
            if (indicator.Measure.CountUnit is { } countUnit)
            {
                words.AddRange(Both(countUnit));
            }

            units.UnionWith(row.Responsibility.All);
            if (result.CarryOver(row) is { } carried)
            {
                units.UnionWith(carried.Original.All);
                units.UnionWith(carried.Mapped?.All ?? []);
                foreach (var succession in carried.Coordinating.Append(carried.Lead))
                {
                    units.Add(succession.Unit);
                    units.UnionWith(succession.Successors.Select(share => share.Unit));
                }
            }

            // The layers below: Measures and Indicators (values, goals, differences), Evaluation (verdict, schedule),
            // Growth and Timeline (changes, comparison labels), Ranking (ranks and movements), Periods (labels).
            words.Add(row.Period.ToString(null, language));
            if (row.BasePeriod is { } basePeriod)
            {
                words.Add(basePeriod.ToString(null, language));
                words.Add(SeriesChanges.ComparisonLabel(basePeriod, PeriodComparison.PreviousPeriod).In(language));
            }

            if (row.Actual is { } actual)
            {
                words.Add(indicator.FormatValue(actual.Value, language));
                if (indicator.Measure.Kind == MeasureKind.Rank && actual.HasParts)
                {
                    words.Add(new FieldRank((int)actual.Value, (int)actual.Denominator!.Value).Describe(language));
                }
            }

            if (row.Target is { } target)
            {
                words.Add(indicator.FormatGoal(target.Goal, language));
            }

            if (row.Evaluation is { } evaluation)
            {
                words.Add(evaluation.DescribeVerdict(language));
                if (evaluation.Margin is { } margin)
                {
                    words.Add(indicator.FormatDifference(margin, language, explicitPlusSign: true));
                }
            }

            words.AddRange(new[] { row.Schedule?.Describe(language), row.PeerRank?.Describe(language), row.RankChange?.Describe(language) }.OfType<string>());
            if (row.Change is { IsMeaningful: true } change)
            {
                words.Add(change.Describe(language));
            }

            if (row.RankChange is null && row.Change is not { IsMeaningful: true })
            {
                // A change not made across a change of the unit: the Timeline layer's clause, whole.
                words.Add(row.DescribeChange(language));
            }
        }

        foreach (var unit in units)
        {
            words.AddRange(Both(result.NameOf(unit)));
            words.Add(unit.Value);
        }

        return [.. words.Where(word => word.Length > 0).Distinct()];
    }

    private static IEnumerable<string> Both(LocalizedText text) => text.English is { } english ? [text.Vietnamese, english] : [text.Vietnamese];
}
