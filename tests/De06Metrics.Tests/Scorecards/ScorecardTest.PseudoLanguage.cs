using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// Every sentence, heading and reason the scorecard writes comes from the phrase book: written in the pseudo language,
/// it holds no word but the data's and the text of the layers below (see <see cref="ScorecardWords"/>).
/// </summary>
[Trait("Category", "Text")]
public class ScorecardPseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;

    // Letter-free names and codes, so that any word left is a word the library wrote.
    private static readonly UnitId P = new("∆");
    private static readonly UnitId D1 = new("∆.1");
    private static readonly UnitId D2 = new("∆.2");
    private static readonly IndicatorCode Online = new("①");
    private static readonly IndicatorCode Models = new("②");
    private static readonly IndicatorCode Place = new("③");
    private static readonly IndicatorCode Position = new("④");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly ReportingPeriod Q1Before = ReportingPeriod.ForQuarter(2023, 1);

    private static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(P, new LocalizedText("▲"), UnitKind.Province),
        new ResponsibleUnit(D1, new LocalizedText("▲1"), UnitKind.District, P),
        new ResponsibleUnit(D2, new LocalizedText("▲2"), UnitKind.District, P),
    ]);

    private static readonly Indicator[] Catalog =
    [
        new(Online, new LocalizedText("◐"), Measure.Rate, Polarity.HigherIsBetter, responsibility: new Responsibility(P, [D1])),
        new(Models, new LocalizedText("◑"), Measure.Count(new LocalizedText("⌂")), Polarity.HigherIsBetter, 0),
        new(Place, new LocalizedText("◒"), Measure.Rank, Polarity.LowerIsBetter, 0),
        new(Position, new LocalizedText("◓"), Measure.Rank, Polarity.LowerIsBetter, 0),
    ];

    private static ScorecardResult Result(bool withAsOf)
    {
        Target[] targets =
        [
            new(Online, D1, Q1, Goal.AtLeast(70m)),
            new(Online, D2, Q1, Goal.AtLeast(70m)),
            new(Models, D1, Q1, Goal.AtLeast(33m)),
            new(Models, D2, Q1, Goal.AtLeast(33m)),
        ];
        Observation[] observations =
        [
            new(Online, D1, Q1, MeasuredValue.FromRateParts(80m, 100m)),
            // Dated on the as-of day, so that it is judged then (an undated figure of a quarter not over is not: PeriodNotEnded).
            new(Online, D2, Q1, MeasuredValue.FromRateParts(30m, 50m), asOf: withAsOf ? new LocalDate(2024, 2, 15) : null),
            new(Online, D2, Q1Before, MeasuredValue.FromRateParts(40m, 50m)),
            new(Models, D1, Q1, MeasuredValue.FromCountOfTotal(17m, 33m)),
            new(Place, P, Q1, MeasuredValue.FromRank(11m, 63m)),
            new(Place, P, Q1Before, MeasuredValue.FromRank(40m, 63m)),
            new(Position, P, Q1, MeasuredValue.Of(5m)),
        ];
        var scorecard = Scorecard.Create(Catalog, Units, targets, observations);
        return scorecard.Evaluate(Q1, withAsOf ? new LocalDate(2024, 2, 15) : null);
    }

    public static TheoryData<bool> AsOf() => [false, true];

    [Theory]
    [MemberData(nameof(AsOf))]
    public void A_rows_sentence_value_and_change_come_from_the_book(bool withAsOf)
    {
        var result = Result(withAsOf);
        var data = ScorecardWords.Of(result);
        result.Rows.Should().Contain(row => row.Indicator.Measure.Kind == MeasureKind.Rank && row.RankChange != null, "a rank's movement on the earlier period is written");
        result.Rows.Should().Contain(row => row.Indicator.Code == Position && row.Actual != null, "a rank without its field is written");
        foreach (var row in result.Rows)
        {
            foreach (var text in new[] { row.Describe(Pseudo), row.DescribeValue(Pseudo), row.DescribeChange(Pseudo) })
            {
                PseudoLanguage.WordsIn(text, data).Should().BeEmpty("'{0}' is written from phrases", text);
            }
        }
    }

    [Fact]
    public void A_row_without_a_value_and_why_come_from_the_book()
    {
        // The province's rate from districts' bare percentages, and its count past decimal's range; a district with nothing.
        Target[] targets = [new(Online, P, Q1, Goal.AtLeast(70m)), new(Models, D2, Q1, Goal.AtLeast(33m))];
        Observation[] observations =
        [
            new(Online, D1, Q1, MeasuredValue.Of(80m)),
            new(Online, D2, Q1, MeasuredValue.Of(60m)),
            new(Models, D1, Q1, MeasuredValue.Of(decimal.MaxValue)),
            new(Models, D2, Q1, MeasuredValue.Of(1m)),
        ];
        var result = Scorecard.Create(Catalog, Units, targets, observations).Evaluate(Q1);
        var data = ScorecardWords.Of(result);
        var rows = result.Rows.Where(row => row.Actual is null).ToList();

        rows.Select(row => row.MissingValueReason).Should().Contain([NotMeaningfulReason.ChildrenWithoutParts, NotMeaningfulReason.OutOfRange]);
        foreach (var row in rows)
        {
            foreach (var text in new[] { row.Describe(Pseudo), row.DescribeValue(Pseudo) })
            {
                PseudoLanguage.WordsIn(text, data).Should().BeEmpty("'{0}' is written from phrases", text);
            }
        }

        PseudoLanguage.WordsIn(result.Lagging().Describe(Pseudo), data).Should().BeEmpty();
    }

    [Fact]
    public void The_default_narrative_templates_are_the_books()
    {
        NarrativeTemplates.Default.For(Pseudo).Should().Be("◊{indicator}◊{actual}◊{details}◊");
        NarrativeTemplates.Default.For(Pseudo, rank: true).Should().Be("◊{indicator}◊{actual}◊{details}◊");
        PseudoLanguage.WordsIn(NarrativeTemplates.Default.Fill(Pseudo, "◐", "12,5%", string.Empty, "▲", "◷"), "◐", "▲", "◷").Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(AsOf))]
    public void The_lagging_report_its_sections_items_and_reasons_come_from_the_book(bool withAsOf)
    {
        var result = Result(withAsOf);
        var report = result.Lagging();
        var data = ScorecardWords.Of(result);

        report.Items.Select(item => item.Reasons).Aggregate(LaggingReasons.None, (all, reasons) => all | reasons)
            .Should().HaveFlag(LaggingReasons.NotMet).And.HaveFlag(LaggingReasons.NoData).And.HaveFlag(LaggingReasons.Declining);
        report.Items.Should().Contain(item => !item.Responsibility.Coordinating.IsEmpty, "the coordinating units are named");
        PseudoLanguage.WordsIn(report.Describe(Pseudo), data).Should().BeEmpty();
        foreach (var section in report.Sections)
        {
            PseudoLanguage.WordsIn(section.Describe(Pseudo), data).Should().BeEmpty();
            foreach (var item in section.Items)
            {
                PseudoLanguage.WordsIn(item.Describe(Pseudo), data).Should().BeEmpty();
            }
        }
    }

    [Fact]
    public void Nothing_lagging_is_said_from_the_book()
    {
        var scorecard = Scorecard.Create(Catalog, Units, [new Target(Online, D1, Q1, Goal.AtLeast(70m))], [new Observation(Online, D1, Q1, MeasuredValue.FromRateParts(80m, 100m))]);
        var report = scorecard.Evaluate(Q1).Lagging();

        report.IsEmpty.Should().BeTrue();
        report.Describe(Pseudo).Should().Be("◊");
    }

    [Fact]
    public void Responsibilities_carried_over_to_todays_units_are_said_from_the_book()
    {
        // Merged, transferred and abolished leads and coordinating units (see ScorecardTest.TimelineLagging.cs).
        var result = ScorecardTimelineLaggingTest.Result();
        var report = result.Lagging();
        var data = ScorecardWords.Of(result);

        report.Items.Should().Contain(item => item.CarriedOver != null && item.CarriedOver.Mapped == null, "a lead with no successor is said");
        report.Items.Should().Contain(item => item.CarriedOver != null && !item.CarriedOver.NoLongerCoordinating.IsEmpty, "a coordinating unit gone is said");
        report.Sections.Should().Contain(section => !section.IsInForce);
        PseudoLanguage.WordsIn(report.Describe(Pseudo), data).Should().BeEmpty();
        foreach (var section in report.Sections)
        {
            PseudoLanguage.WordsIn(section.Describe(Pseudo), data).Should().BeEmpty();
            foreach (var item in section.Items)
            {
                PseudoLanguage.WordsIn(item.Describe(Pseudo), data).Should().BeEmpty();
            }
        }

        foreach (var row in result.Rows)
        {
            PseudoLanguage.WordsIn(result.DescribeLead(row, Pseudo), data).Should().BeEmpty();
        }
    }

    [Fact]
    public void A_lead_not_yet_in_force_is_said_from_the_book()
    {
        var created = new ResponsibleUnit(Id("TQ.SNEW"), new LocalizedText("⊞"), UnitKind.Department, Id("TQ"));
        var timeline = UnitTimeline.Create(Initial(), [.. Events(), new UnitEstablishment(created, new LocalDate(2026, 1, 1), DepartmentDecision)]);
        var indicator = new Indicator(RecordsCode, Records.Name, Records.Measure, Records.Polarity, 0, responsibility: new Responsibility(Id("TQ.SNEW")));
        var quarter = ReportingPeriod.ForQuarter(2025, 3);
        var result = Scorecard.Create([indicator], timeline, [new Target(RecordsCode, Id("HG.BQ.VQ"), quarter, Goal.AtLeast(900m))], [Count("HG.BQ.VQ", quarter, 800)])
            .Evaluate(quarter);
        var section = result.Lagging().Sections.Single();

        section.IsInForce.Should().BeFalse();
        PseudoLanguage.WordsIn(section.Describe(Pseudo), ScorecardWords.Of(result).Append("⊞")).Should().BeEmpty();
    }
}
