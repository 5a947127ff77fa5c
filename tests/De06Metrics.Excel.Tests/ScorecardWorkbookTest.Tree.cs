using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Excel.Tests;

/// <summary>
/// A workbook written with the scorecard's weighted tree: the tree scored on a sheet of its own, and each lagging item's
/// group beside it. District D1: A = 88 against ≥ 80 (attainment 1,1, capped at 100), B = 40 against ≥ 50 (0,8 → 80);
/// area LV1 holds A ×1 and B ×3: (1 × 100 + 3 × 80) / 4 = 85, and so does the scorecard, LV1 being its only child.
/// </summary>
public sealed class ScorecardWorkbookTreeTest : IDisposable
{
    private static readonly IndicatorCode A = new("A");
    private static readonly IndicatorCode B = new("B");
    private static readonly UnitId D1 = new("D1");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    private readonly MemoryStream workbook = new();

    public ScorecardWorkbookTreeTest()
    {
        var scorecard = Scorecard.Create(
            [
                new Indicator(A, new LocalizedText("Chỉ tiêu A", "Indicator A"), Measure.Rate, Polarity.HigherIsBetter),
                new Indicator(B, new LocalizedText("Chỉ tiêu B", "Indicator B"), Measure.Rate, Polarity.HigherIsBetter),
            ],
            UnitRegistry.Create([new ResponsibleUnit(D1, new LocalizedText("Huyện 1", "District 1"), UnitKind.District)]),
            [new Target(A, D1, Q1, Goal.AtLeast(80m)), new Target(B, D1, Q1, Goal.AtLeast(50m))],
            [new Observation(A, D1, Q1, MeasuredValue.Of(88m)), new Observation(B, D1, Q1, MeasuredValue.Of(40m))]);
        var tree = new ScorecardTree("DA06", new LocalizedText("Đề án 06", "Project 06"),
        [
            TreeNode.Group(TreeNodeKind.Area, "LV1", new LocalizedText("Dịch vụ công", "Public services"), 1m,
                [TreeNode.CappedAttainment(A, 1m, 1m), TreeNode.CappedAttainment(B, 3m, 1m)]),
        ]);
        ScorecardWorkbook.Write(scorecard.Evaluate(Q1), workbook, Language.English, tree: tree);
    }

    public void Dispose() => workbook.Dispose();

    [Fact]
    public void The_tree_has_a_sheet_after_the_lagging_list()
    {
        Workbooks.SheetNames(workbook).Should().StartWith(["Summary", "Indicator results", "Lagging indicators", "Scorecard tree"]);
    }

    [Fact]
    public void The_tree_sheet_gives_each_nodes_weight_and_score_as_numbers()
    {
        var rows = Workbooks.Rows(workbook, "Scorecard tree");

        rows.Select(row => ((string)row["Node"]!).Trim()).Should().Equal(
            "Scorecard DA06 (Project 06)", "Area LV1 (Public services)", "A (Indicator A)", "B (Indicator B)");
        rows.Select(row => row["Score"]).Should().Equal(85d, 85d, 100d, 80d);
        rows.Select(row => row["Weight"]).Should().Equal(null, 1d, 1d, 3d);
        rows.Select(row => row["Indicators scored"]).Should().Equal("2/2", "2/2", "1/1", "1/1");
        var score = Workbooks.CellAt(Workbooks.Sheet(workbook, "Scorecard tree"), "D2");
        Workbooks.FormatCodeOf(workbook, score).Should().Be("0.00");
    }

    [Fact]
    public void Each_lagging_item_names_its_group()
    {
        var lagging = Workbooks.Rows(workbook, "Lagging indicators");

        lagging.Should().ContainSingle();
        lagging[0]["Code"].Should().Be("B");
        lagging[0]["Group"].Should().Be("Public services");
        ((string)lagging[0]["Details"]!).Should().EndWith("; under Public services (area)");
    }
}
