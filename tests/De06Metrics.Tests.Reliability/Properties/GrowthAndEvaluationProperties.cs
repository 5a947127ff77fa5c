using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace De06Metrics.Tests.Reliability.Properties;

/// <summary>A change read back gives its base; a status and its sentence never depend on the thread's culture.</summary>
[Properties(Replay = Seeds.Replay, MaxTest = Seeds.Cases)]
public class GrowthAndEvaluationProperties
{
    private static readonly Gen<decimal> Amount = Gen.Frequency(
        (3, Gen.Choose(1, 2_000_000).Select(i => (decimal)i)),
        (2, Gen.Choose(1, 100_000_000).Select(i => i / 100m)),
        (1, Gen.Choose(1, 1_000_000).Select(i => i / 10_000_000m)));

    private static readonly Gen<(decimal Base, decimal Current)> SameSignPair =
        from b in Amount from c in Amount from negative in Gen.Elements(false, true)
        select negative ? (-b, -c) : (b, c);

    private static readonly CultureInfo[] Cultures =
        [CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("vi-VN"), CultureInfo.GetCultureInfo("en-US"),
         CultureInfo.GetCultureInfo("fr-FR"), CultureInfo.GetCultureInfo("tr-TR"), CultureInfo.GetCultureInfo("ar-SA")];

    /// <summary>
    /// p = (c − b) × 100 / |b|, then the base implied by "c, up p%" is c / (1 + p/100) (c / (1 − p/100) below zero).
    /// p is rounded to 28 significant digits when the division does not end, so the base comes back to within
    /// 10⁻²⁰ of itself relative to its size, and exactly when p is exact.
    /// </summary>
    [Property]
    public Property A_percent_change_read_back_as_a_statement_gives_the_base() =>
        Prop.ForAll(Arb.From(SameSignPair), pair =>
        {
            var (b, c) = pair;
            var change = ValueChange.Relative(Catalog.Records, b, c);
            var back = ValueChange.FromStatement(Catalog.Records, c, change.Amount!.Value, ChangeKind.Percent);
            var exact = change.Amount.Value * Math.Abs(b) == (c - b) * 100m;
            var close = Math.Abs(back.BaseValue - b) <= Math.Abs(b) * 1e-20m;
            return (change.IsMeaningful && (exact ? back.BaseValue == b || close : close))
                .Label($"{b} → {c}: {change.Amount}% gives base {back.BaseValue}");
        });

    [Property]
    public Property An_absolute_change_read_back_gives_the_base_exactly() =>
        Prop.ForAll(Arb.From(SameSignPair), pair =>
        {
            var (b, c) = pair;
            var change = ValueChange.Absolute(Catalog.Records, b, c);
            return (ValueChange.FromStatement(Catalog.Records, c, change.Amount!.Value, change.Kind).BaseValue == b).Label($"{b} → {c}");
        });

    [Property(MaxTest = Seeds.CostlyCases)]
    public Property Status_margin_and_sentences_do_not_depend_on_the_threads_culture() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 1000).Select(i => i / 10m)), Arb.From(Gen.Choose(0, 1000).Select(i => i / 10m)), Arb.From(Gen.Choose(0, 20).Select(i => i / 10m)), (actual, target, tolerance) =>
        {
            var original = CultureInfo.CurrentCulture;
            try
            {
                var results = Cultures.Select(culture =>
                {
                    CultureInfo.CurrentCulture = culture;
                    var evaluation = TargetEvaluation.Evaluate(Catalog.Online, Goal.AtLeast(target), MeasuredValue.Of(actual), new EvaluationOptions(tolerance));
                    return (evaluation.Status, evaluation.Margin, Vi: evaluation.Describe(Language.Vietnamese), En: evaluation.Describe(Language.English));
                }).ToArray();
                return results.All(result => result == results[0]).Label($"{actual} against ≥ {target} ± {tolerance}: {string.Join(" | ", results.Distinct())}");
            }
            finally
            {
                CultureInfo.CurrentCulture = original;
            }
        });

    /// <summary>In a batch, a bad row (NaN target, infinite actual) is marked Invalid; every other row is evaluated as alone.</summary>
    [Property]
    public Property In_a_batch_bad_rows_are_marked_and_good_rows_keep_their_status() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Zip(Generators.RankableDouble, Generators.RankableDouble))), Arb.From(Gen.Elements(Polarity.HigherIsBetter, Polarity.LowerIsBetter)), (rows, polarity) =>
        {
            var actuals = rows.Select(r => r.Item1).ToArray();
            var targets = rows.Select(r => r.Item2).ToArray();
            var margins = new double[rows.Length];
            var statuses = new TargetStatus[rows.Length];
            var summary = BatchEvaluation.Evaluate(actuals, targets, polarity, 0.5, margins, statuses);
            for (var i = 0; i < rows.Length; i++)
            {
                TargetStatus alone;
                double margin;
                try
                {
                    alone = BatchEvaluation.EvaluateOne(actuals[i], targets[i], polarity, 0.5, out margin);
                }
                catch (ArgumentException)
                {
                    // One value alone is refused (a target of ±∞ or NaN, a margin past double's range); in a batch the
                    // row is marked instead.
                    (alone, margin) = (TargetStatus.Invalid, double.NaN);
                }

                if (statuses[i] != alone || !margins[i].Equals(margin))
                {
                    return false.Label($"row {i} ({actuals[i]} vs {targets[i]}): batch {statuses[i]} {margins[i]}, alone {alone} {margin}");
                }
            }

            return (summary.Count == rows.Length && summary.InvalidCount == statuses.Count(s => s == TargetStatus.Invalid)
                    && summary.FirstInvalidIndex == (Array.IndexOf(statuses, TargetStatus.Invalid) is var first and >= 0 ? first : null))
                .Label($"summary {summary.Count}, {summary.InvalidCount} invalid, first {summary.FirstInvalidIndex}");
        });
}
