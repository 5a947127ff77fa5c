using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Scorecards;

/// <summary>Responsibilities assigned in January 2025, before the reform, reported on after it (see Units/Reform2025.cs).</summary>
public class ScorecardTimelineLaggingTest
{
    private static readonly ReportingPeriod Q3Of2025 = Quarter(2025, 3);
    private static readonly SourceReference Plan = new("Kế hoạch Đề án 06 năm 2025 (ví dụ)", new LocalDate(2025, 1, 10));
    private static readonly Indicator Press = new(PressCode, new LocalizedText("Số giấy phép báo chí cấp trực tuyến", "Press licences issued online"), Measure.Count(), Polarity.HigherIsBetter, displayDecimals: 0);

    // Hà Giang's catalog gave dossier counts to its information and communications department, gone since 1/3/2025.
    private static readonly Indicator RecordsOfInformationDepartment = new(RecordsCode, Records.Name, Records.Measure, Records.Polarity, 0, responsibility: new Responsibility(Id("HG.STTTT")));

    private static LaggingReport Report() => Result().Lagging();

    internal static ScorecardResult Result()
    {
        Target[] targets =
        [
            // Not met (80% < 85%): led by planning and investment, merged into finance on 1/3/2025; the police
            // coordinate, and so did Sơn Dương district, abolished on 1/7/2025 with nobody named to take over.
            new(OnlineCode, Id("TQ"), Q3Of2025, Goal.AtLeast(85m), Plan, new Responsibility(Id("TQ.SKHDT"), [Id("TQ.CA"), Id("TQ.SD")])),
            // Not met (3 < 5): press licensing left information and communications for culture on 1/3/2025.
            new(PressCode, Id("HG.SVHTTDL"), Q3Of2025, Goal.AtLeast(5m), Plan, new Responsibility(Id("HG.STTTT"))),
            // Not met (800 < 900): the indicator's own responsibility, information and communications, now science and technology.
            new(RecordsCode, Id("HG.BQ.VQ"), Q3Of2025, Goal.AtLeast(900m)),
            // Not met (100 < 200): led by a district abolished with nobody named to take over.
            new(RecordsCode, Id("TQ.SD.SD"), Q3Of2025, Goal.AtLeast(200m), Plan, new Responsibility(Id("TQ.SD"))),
        ];
        Observation[] observations =
        [
            .. OnlineRates2025(),
            new(PressCode, Id("HG.SVHTTDL"), Q3Of2025, MeasuredValue.Of(3)),
            Count("HG.BQ.VQ", Q3Of2025, 800),
            Count("TQ.SD.SD", Q3Of2025, 100),
        ];
        var scorecard = Scorecard.Create([Online, RecordsOfInformationDepartment, Press], History(), targets, observations);
        return scorecard.Evaluate(Q3Of2025);
    }

    [Fact]
    public void A_responsibility_assigned_to_a_merged_department_goes_to_its_successor_and_says_so()
    {
        var report = Report();

        var finance = report.Sections.Single(section => section.Lead.Id == Id("TQ.STC"));
        finance.IsInForce.Should().BeTrue();
        var item = finance.Items.Single();
        item.CarriedOver!.Original.Lead.Should().Be(Id("TQ.SKHDT"));
        item.Responsibility.Should().Be(new Responsibility(Id("TQ.STC"), [Id("TQ.CA")]));
        item.Row.Responsibility.Lead.Should().Be(Id("TQ.SKHDT"), "the row keeps the responsibility as assigned");
        item.Describe(Language.Vietnamese).Should().EndWith(
            "); giao cho Sở Kế hoạch và Đầu tư, nay là Sở Tài chính; phối hợp: Công an tỉnh Tuyên Quang; " +
            "không còn phối hợp: Huyện Sơn Dương (đã giải thể từ 1/7/2025, không có đơn vị kế thừa)");
        item.Describe(Language.English).Should().EndWith(
            "); assigned to Sở Kế hoạch và Đầu tư, now Sở Tài chính; with: Công an tỉnh Tuyên Quang; " +
            "no longer coordinating: Huyện Sơn Dương (abolished from 1 July 2025, with no successor)");
    }

    [Fact]
    public void A_transferred_function_takes_its_indicators_responsibility_with_it()
    {
        var report = Report();

        // Press licensing went to culture on 1/3/2025; the rest of information and communications to science and technology.
        var culture = report.Sections.Single(section => section.Lead.Id == Id("HG.SVHTTDL")).Items.Single();
        culture.Describe(Language.Vietnamese).Should().EndWith("giao cho Sở Thông tin và Truyền thông, nay là Sở Văn hóa, Thể thao và Du lịch");

        var science = report.Sections.Single(section => section.Lead.Id == Id("HG.SKHCN")).Items.Single();
        science.Row.Unit.Id.Should().Be(Id("HG.BQ.VQ"));
        science.Describe(Language.Vietnamese).Should().EndWith("giao cho Sở Thông tin và Truyền thông, nay là Sở Khoa học và Công nghệ");
    }

    [Fact]
    public void A_lead_with_no_successor_keeps_its_own_section_saying_why()
    {
        var report = Report();

        var gone = report.Sections[^1];
        gone.Lead.Id.Should().Be(Id("TQ.SD"));
        gone.IsInForce.Should().BeFalse();
        gone.LeadSuccession!.HasSuccessor.Should().BeFalse();
        gone.Describe(Language.Vietnamese).Should().Be("Đơn vị chủ trì: Huyện Sơn Dương (đã giải thể từ 1/7/2025, không có đơn vị kế thừa)");
        gone.Describe(Language.English).Should().Be("Lead unit: Huyện Sơn Dương (abolished from 1 July 2025, with no successor)");
        gone.Items.Single().Describe(Language.Vietnamese).Should().EndWith("giao cho Huyện Sơn Dương, đã giải thể từ 1/7/2025, không có đơn vị kế thừa");

        // Sections of units in force follow the tree of 30/9/2025; the gone lead comes last.
        report.Sections.Select(section => section.Lead.Id.Value).Should().Equal("HG.SKHCN", "HG.SVHTTDL", "TQ.STC", "TQ.SD");
        report.Describe(Language.Vietnamese).Should().Contain("Đơn vị chủ trì: Sở Tài chính" + Environment.NewLine + "  1. Tỷ lệ hồ sơ trực tuyến đạt 11.200/14.000 (80,0%;");
    }

    [Fact]
    public void A_lead_set_up_after_the_reports_date_keeps_its_items_and_says_so()
    {
        var created = new ResponsibleUnit(Id("TQ.SNEW"), new LocalizedText("Sở mới", "New department"), UnitKind.Department, Id("TQ"));
        var timeline = UnitTimeline.Create(Initial(), [.. Events(), new UnitEstablishment(created, new LocalDate(2026, 1, 1), DepartmentDecision)]);
        var indicator = new Indicator(RecordsCode, Records.Name, Records.Measure, Records.Polarity, 0, responsibility: new Responsibility(Id("TQ.SNEW")));
        var scorecard = Scorecard.Create([indicator], timeline, [new Target(RecordsCode, Id("HG.BQ.VQ"), Q3Of2025, Goal.AtLeast(900m))], [Count("HG.BQ.VQ", Q3Of2025, 800)]);

        var section = scorecard.Evaluate(Q3Of2025).Lagging().Sections.Single();

        section.IsInForce.Should().BeFalse();
        section.Items.Single().CarriedOver.Should().BeNull();
        section.Describe(Language.Vietnamese).Should().Be("Đơn vị chủ trì: Sở mới (chưa có hiệu lực vào ngày 30/9/2025)");
        section.Describe(Language.English).Should().Be("Lead unit: New department (not yet in force on 30 September 2025)");
    }

    [Fact]
    public void A_result_names_each_rows_lead_as_of_its_date_as_the_lagging_report_does()
    {
        var result = Result();
        var planned = result.Find(OnlineCode, Id("TQ"))!;
        var press = result.Find(PressCode, Id("HG.SVHTTDL"))!;
        var abolished = result.Find(RecordsCode, Id("TQ.SD.SD"))!;

        // Planning and investment merged into finance on 1/3/2025; press licensing went to culture the same day.
        result.CarryOver(planned)!.Mapped!.Lead.Should().Be(Id("TQ.STC"));
        result.DescribeLead(planned, Language.Vietnamese).Should().Be("Sở Tài chính");
        result.DescribeLead(press, Language.Vietnamese).Should().Be(result.NameOf(Id("HG.SVHTTDL")).In(Language.Vietnamese));
        result.NameOf(Id("HG.STTTT")).In(Language.Vietnamese).Should().Be("Sở Thông tin và Truyền thông", "a unit that has gone is named from the timeline");

        // Sơn Dương district was abolished on 1/7/2025 with nobody named to take over: it keeps the lead, with the reason.
        result.CarryOver(abolished)!.Mapped.Should().BeNull();
        result.DescribeLead(abolished, Language.Vietnamese).Should().Be("Huyện Sơn Dương (đã giải thể từ 1/7/2025, không có đơn vị kế thừa)");
        result.DescribeLead(abolished, Language.English).Should().Be("Huyện Sơn Dương (abolished from 1 July 2025, with no successor)", "the unit has a Vietnamese name only");

        // A lead still in force is not carried over at all.
        result.Rows.Where(row => result.Units.Contains(row.Responsibility.Lead)).Should().OnlyContain(row => result.CarryOver(row) == null);
    }
}
