using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Scoring;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// One district's figures, scored by hand. Targets and values of district D1 (attainment = actual / target, or
/// target / actual when lower is better):
/// A: 88 against ≥ 80 → 1,1; B: 40 against ≥ 50 → 0,8; C: 150 against ≥ 200 → 0,75; L (lower is better): 12,5
/// against ≤ 10 → 0,8; D: a target of ≥ 70 and no figure.
/// </summary>
public partial class ScorecardTreeTest
{
    internal static readonly UnitId P = new("P");
    internal static readonly UnitId D1 = new("P.D1");
    internal static readonly IndicatorCode A = new("A");
    internal static readonly IndicatorCode B = new("B");
    internal static readonly IndicatorCode C = new("C");
    internal static readonly IndicatorCode L = new("L");
    internal static readonly IndicatorCode D = new("D");
    internal static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    internal static readonly Indicator[] Catalog =
    [
        new(A, new LocalizedText("Chỉ tiêu A", "Indicator A"), Measure.Rate, Polarity.HigherIsBetter),
        new(B, new LocalizedText("Chỉ tiêu B", "Indicator B"), Measure.Rate, Polarity.HigherIsBetter),
        new(C, new LocalizedText("Chỉ tiêu C", "Indicator C"), Measure.Count(), Polarity.HigherIsBetter, 0),
        new(L, new LocalizedText("Chỉ tiêu L", "Indicator L"), Measure.Rate, Polarity.LowerIsBetter),
        new(D, new LocalizedText("Chỉ tiêu D", "Indicator D"), Measure.Rate, Polarity.HigherIsBetter),
    ];

    internal static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(P, new LocalizedText("Tỉnh P"), UnitKind.Province),
        new ResponsibleUnit(D1, new LocalizedText("Huyện 1"), UnitKind.District, P),
    ]);

    internal static Scorecard District() => Scorecard.Create(
        Catalog,
        Units,
        [
            new Target(A, D1, Q1, Goal.AtLeast(80m)),
            new Target(B, D1, Q1, Goal.AtLeast(50m)),
            new Target(C, D1, Q1, Goal.AtLeast(200m)),
            new Target(L, D1, Q1, Goal.AtMost(10m)),
            new Target(D, D1, Q1, Goal.AtLeast(70m)),
        ],
        [
            new Observation(A, D1, Q1, MeasuredValue.Of(88m)),
            new Observation(B, D1, Q1, MeasuredValue.Of(40m)),
            new Observation(C, D1, Q1, MeasuredValue.Of(150m)),
            new Observation(L, D1, Q1, MeasuredValue.Of(12.5m)),
        ]);

    /// <summary>
    /// Area LV1 (weight 2): objective MT1 (A ×1 capped at 100%, B ×3 capped at 100%) and objective MT2 (C ×1 in bands
    /// ≥ 100% → 100, ≥ 70% → 50; L ×1 by points, capped linear 2 points within 10); area LV2 (weight 1): D.
    /// </summary>
    internal static ScorecardTree Tree(MinimumCoverage coverage = default) => new(
        "DA06",
        new LocalizedText("Đề án 06", "Project 06"),
        [
            TreeNode.Group(TreeNodeKind.Area, "LV1", new LocalizedText("Dịch vụ công", "Public services"), 2m,
            [
                TreeNode.Group(TreeNodeKind.Objective, "MT1", new LocalizedText("Trực tuyến", "Online"), 1m,
                [
                    TreeNode.CappedAttainment(A, 1m, 1m),
                    TreeNode.CappedAttainment(B, 3m, 1m),
                ]),
                TreeNode.Group(TreeNodeKind.Objective, "MT2", new LocalizedText("Số hóa", "Digitisation"), 1m,
                [
                    TreeNode.BandedAttainment(C, 1m, [new ScoreBand(1m, 100m), new ScoreBand(0.7m, 50m)]),
                    TreeNode.Points(L, 1m, ScoringRule.CappedLinear(10m, 2m, Polarity.LowerIsBetter)),
                ]),
            ]),
            TreeNode.Group(TreeNodeKind.Area, "LV2", new LocalizedText("Dữ liệu", "Data"), 1m, [TreeNode.CappedAttainment(D, 1m, 1m)]),
        ],
        coverage);
}
