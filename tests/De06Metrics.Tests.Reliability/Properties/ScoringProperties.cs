using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace De06Metrics.Tests.Reliability.Properties;

/// <summary>
/// What a points-based sheet must satisfy whatever the values: no sub-indicator, group or total passes its maximum;
/// the order of units and of groups changes nothing; missing data is scored as the sheet's policy says and an
/// incomplete total is never rated; a better value never earns fewer points.
/// </summary>
[Properties(Replay = Seeds.Replay, MaxTest = Seeds.Cases)]
public class ScoringProperties
{
    [Property]
    public Property Points_never_exceed_the_maximum_of_a_sub_indicator_a_group_or_the_sheet() =>
        Prop.ForAll(Arb.From(Generators.Scoring), input =>
        {
            foreach (var score in input.Sheet.ScoreAll(input.Table()))
            {
                var items = score.Groups.SelectMany(g => g.Items).ToList();
                var bad = items.FirstOrDefault(i => i.Points is < 0m || i.Points > i.Item.MaximumPoints);
                if (bad is not null)
                {
                    return false.Label($"{score.Unit}: {bad.Describe(Language.English)}");
                }

                if (score.Groups.Any(g => g.Points < 0m || g.Points + g.UnscoredPoints > g.MaximumPoints)
                    || score.Total < 0m || score.Total + score.UnscoredPoints > score.MaximumPoints)
                {
                    return false.Label($"groups {string.Join("; ", score.Groups.Select(g => $"{g.Points} + {g.UnscoredPoints} of {g.MaximumPoints}"))}, total {score.Total} + {score.UnscoredPoints} of {score.MaximumPoints}: {score.Explain(Language.English)}");
                }
            }

            return true.Label(input.ToString());
        });

    [Property]
    public Property The_order_of_units_and_of_groups_changes_no_units_score() =>
        Prop.ForAll(Arb.From(Generators.Scoring.SelectMany(c =>
            from order in Gen.Shuffle(Enumerable.Range(0, c.Units.Length).ToArray())
            from groups in Gen.Shuffle(c.Sheet.Groups.ToArray())
            select (c, order, groups))), input =>
        {
            var (scoring, order, groups) = input;
            var sheet = scoring.Sheet;
            var regrouped = new ScoringSheet(
                sheet.Name, groups.Select(g => new ScoringGroup(g.Code, g.Name, g.MaximumPoints, g.Items.Reverse())), sheet.RatingScale, sheet.MissingData);
            var original = sheet.ScoreAll(scoring.Table());
            var shuffled = sheet.ScoreAll(scoring.Table(order)).ToDictionary(score => score.Unit!.Value);
            var items = scoring.Items;
            for (var row = 0; row < scoring.Units.Length; row++)
            {
                var unit = scoring.Units[row];
                var alone = sheet.Score(Enumerable.Range(0, items.Length).Where(i => scoring.Values[row][i].HasValue)
                    .ToDictionary(i => items[i].Code, i => scoring.Values[row][i]!.Value), unit);
                var other = regrouped.ScoreAll(scoring.Table())[row];
                if (original[row].Explain(Language.English) != shuffled[unit].Explain(Language.English)
                    || original[row].Explain(Language.Vietnamese) != alone.Explain(Language.Vietnamese)
                    || original[row].Total != other.Total || original[row].Rating != other.Rating || original[row].Unscored != other.Unscored)
                {
                    return false.Label($"{original[row].Explain(Language.English)}\nshuffled: {shuffled[unit].Explain(Language.English)}\nregrouped: {other.Explain(Language.English)}");
                }
            }

            return true.Label(scoring.ToString());
        });

    /// <summary>
    /// Missing data stays missing (no points, total incomplete, not rated) or scores zero and is counted, as the sheet
    /// says; either way the points actually scored are the same, and a total is rated exactly when it is complete.
    /// </summary>
    [Property]
    public Property The_missing_data_policy_is_honoured_and_an_incomplete_total_is_never_rated() =>
        Prop.ForAll(Arb.From(Generators.Scoring), input =>
        {
            var sheet = input.Sheet;
            var other = new ScoringSheet(sheet.Name, sheet.Groups, sheet.RatingScale,
                sheet.MissingData == MissingDataPolicy.StaysMissing ? MissingDataPolicy.ScoresZero : MissingDataPolicy.StaysMissing);
            var table = input.Table();
            var scores = sheet.ScoreAll(table);
            var otherScores = other.ScoreAll(table);
            for (var row = 0; row < scores.Count; row++)
            {
                var score = scores[row];
                var items = score.Groups.SelectMany(g => g.Items).ToList();
                var missing = items.Count(i => i.Status is ScoreStatus.Missing or ScoreStatus.MissingScoredZero);
                var notMeaningful = items.Count(i => i.Status == ScoreStatus.NotMeaningful);
                var expectedMissing = input.Values[row].Count(v => v is null);
                var zero = sheet.MissingData == MissingDataPolicy.ScoresZero;
                var consistent =
                    missing == expectedMissing
                    && items.Where(i => i.Status is ScoreStatus.Missing or ScoreStatus.MissingScoredZero).All(i =>
                        zero ? i.Status == ScoreStatus.MissingScoredZero && i.Points == 0m : i.Status == ScoreStatus.Missing && i.Points is null)
                    && items.Where(i => i.Status == ScoreStatus.NotMeaningful).All(i => i.Points is null && i.Score.Reason is not null)
                    && score.ScoredZeroForMissing == (zero ? missing : 0)
                    && score.Unscored == (zero ? 0 : missing) + notMeaningful
                    && score.IsComplete == (score.Unscored == 0)
                    && (score.Rating is not null) == (score.IsComplete && sheet.RatingScale is not null)
                    && (score.Rating is not { } rating || rating == sheet.RatingScale!.Rate(score.Total))
                    && score.Total == otherScores[row].Total
                    && (score.IsComplete || score.Describe(Language.English).Contains("not rated", StringComparison.Ordinal));
                if (!consistent)
                {
                    return false.Label($"{missing} missing of {expectedMissing} expected, {notMeaningful} not meaningful: {score.Explain(Language.English)}");
                }
            }

            return true.Label(input.ToString());
        });

    /// <summary>A better value (higher, or lower for a lower-is-better rule) never earns fewer points, under every kind of rule.</summary>
    [Property]
    public Property A_better_value_never_earns_fewer_points() =>
        Prop.ForAll(Arb.From(
            from scoring in Generators.Scoring
            from item in Gen.Elements(scoring.Items)
            from values in Gen.Two(Gen.Choose(0, 20_000).Select(i => i / 100m))
            select (item.Rule, Low: Math.Min(values.Item1, values.Item2), High: Math.Max(values.Item1, values.Item2))), input =>
        {
            var (rule, low, high) = input;
            var (worse, better) = rule.Polarity == Polarity.LowerIsBetter ? (high, low) : (low, high);
            var (w, b) = (rule.Score(worse), rule.Score(better));
            return (w.Status != ScoreStatus.Scored || b.Status != ScoreStatus.Scored || w.Points <= b.Points)
                .Label($"{rule}: {w.Describe(Language.English)} vs {b.Describe(Language.English)}");
        });
}
