using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// Notes on rows and statuses set by hand: a status set by hand stands beside the computed one and never replaces it,
/// and an option asks for a note on every row whose target is not met.
/// </summary>
public class ScorecardNotesTest
{
    private static readonly UnitId D1 = new("D1");
    private static readonly UnitId D2 = new("D2");
    private static readonly IndicatorCode Online = new("ONLINE");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    private static readonly UnitRegistry Units = UnitRegistry.Create(
    [
        new ResponsibleUnit(D1, new LocalizedText("Huyện 1", "District 1"), UnitKind.District),
        new ResponsibleUnit(D2, new LocalizedText("Huyện 2", "District 2"), UnitKind.District),
    ]);

    private static readonly Indicator[] Catalog =
        [new(Online, new LocalizedText("Tỷ lệ trực tuyến", "Online rate"), Measure.Rate, Polarity.HigherIsBetter)];

    // Target ≥ 70% for both; D1 80% (exceeded), D2 60% (not met: 60 < 70).
    private static readonly Scorecard Plain = Scorecard.Create(
        Catalog,
        Units,
        [new Target(Online, D1, Q1, Goal.AtLeast(70m)), new Target(Online, D2, Q1, Goal.AtLeast(70m))],
        [new Observation(Online, D1, Q1, MeasuredValue.Of(80m)), new Observation(Online, D2, Q1, MeasuredValue.Of(60m))]);

    private static readonly StatusOverride SetMet = new(TargetStatus.Met, "hệ thống quốc gia ngừng hoạt động 20 ngày", "Sở Tư pháp");

    private static readonly ScorecardOptions RequireNotes = new(requireNoteWhenNotMet: true);

    [Fact]
    public void A_status_set_by_hand_stands_beside_the_computed_one()
    {
        var row = Plain.WithNotes([new RowNote(Online, D2, Q1, null, SetMet)]).Evaluate(Q1).Find(Online, D2)!;
        row.Status.Should().Be(TargetStatus.NotMet, "the computed status is never replaced");
        row.Override.Should().Be(SetMet);
        row.Override!.Describe(Language.Vietnamese).Should().Be("Sở Tư pháp đánh giá lại: Đạt chỉ tiêu — hệ thống quốc gia ngừng hoạt động 20 ngày");
        row.Override.Describe(Language.English).Should().Be("reassessed by Sở Tư pháp: Met — hệ thống quốc gia ngừng hoạt động 20 ngày");
        var sentence = row.Describe(Language.Vietnamese);
        sentence.Should().Contain("chưa đạt").And.Contain("Sở Tư pháp đánh giá lại: Đạt chỉ tiêu");
        sentence.IndexOf("chưa đạt", StringComparison.Ordinal).Should().BeLessThan(sentence.IndexOf("đánh giá lại", StringComparison.Ordinal), "the computed verdict comes first");
    }

    [Fact]
    public void A_note_is_said_with_the_row()
    {
        var row = Plain.WithNotes([new RowNote(Online, D2, Q1, "Thiếu 5 cán bộ một cửa.")]).Evaluate(Q1).Find(Online, D2)!;
        row.Note!.Text.Should().Be("Thiếu 5 cán bộ một cửa.");
        row.Describe(Language.Vietnamese).Should().Contain("ghi chú: Thiếu 5 cán bộ một cửa.");
        row.Describe(Language.English).Should().Contain("note: Thiếu 5 cán bộ một cửa.");
        Plain.Evaluate(Q1).Find(Online, D2)!.Note.Should().BeNull("the scorecard without notes is unchanged");
    }

    [Fact]
    public void The_option_lists_the_rows_not_met_without_a_note()
    {
        var result = Plain.Evaluate(Q1, options: RequireNotes);
        var missing = result.RowsWithoutRequiredNote.Should().ContainSingle().Subject;
        missing.Unit.Id.Should().Be(D2, "D1 exceeded its target and needs no note");
        missing.DescribeMissingNote(Language.Vietnamese).Should().Be("Tỷ lệ trực tuyến (Huyện 2, quý I/2024): Chưa đạt, chưa có ghi chú giải trình");
        missing.DescribeMissingNote(Language.English).Should().Be("Online rate (District 2, Q1 2024): Not met, with no note to explain it");
        result.Find(Online, D1)!.DescribeMissingNote(Language.English).Should().BeEmpty();
    }

    [Fact]
    public void A_note_satisfies_the_option_and_a_status_set_by_hand_alone_does_not()
    {
        Plain.WithNotes([new RowNote(Online, D2, Q1, "Thiếu cán bộ.")]).Evaluate(Q1, options: RequireNotes).RowsWithoutRequiredNote.Should().BeEmpty();
        Plain.WithNotes([new RowNote(Online, D2, Q1, null, SetMet)]).Evaluate(Q1, options: RequireNotes).RowsWithoutRequiredNote.Should().ContainSingle();
        Plain.Evaluate(Q1).RowsWithoutRequiredNote.Should().BeEmpty("the default options ask for no notes");
    }

    [Fact]
    public void Notes_are_checked_against_the_scorecard()
    {
        var unknown = () => Plain.WithNotes([new RowNote(new IndicatorCode("NONE"), D1, Q1, "x"), new RowNote(Online, D1, Q1, "a"), new RowNote(Online, D1, Q1, "b")]);
        var problems = unknown.Should().Throw<ScorecardException>().Which.Problems.Select(problem => problem.ToString()).ToList();
        problems.Should().HaveCount(2);
        problems[0].Should().Contain("the indicator 'NONE' is not in the catalog");
        problems[1].Should().Contain("an earlier note has the same indicator, unit and period");
    }

    [Fact]
    public void A_note_needs_words_or_a_status_and_a_status_set_by_hand_needs_its_reason_and_author()
    {
        var empty = () => new RowNote(Online, D1, Q1, null);
        empty.Should().Throw<ArgumentException>().WithParameterName("text");
        var noReason = () => new StatusOverride(TargetStatus.Met, " ", "Sở Tư pháp");
        noReason.Should().Throw<ArgumentException>().WithParameterName("reason");
        var notAVerdict = () => new StatusOverride(TargetStatus.NoData, "x", "y");
        notAVerdict.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status");
    }

    [Fact]
    public void A_status_cell_puts_the_status_set_by_hand_beside_the_computed_one()
    {
        var set = SetMet.Describe(Language.Vietnamese);
        StatusOverride.BesideComputed("Chưa đạt", SetMet, Language.Vietnamese).Should().Be($"Chưa đạt; {set}");
        StatusOverride.BesideComputed("vượt tiến độ 21 ngày", null, Language.Vietnamese).Should().Be("vượt tiến độ 21 ngày");
        StatusOverride.BesideComputed(null, SetMet, Language.Vietnamese).Should().Be(set);
        StatusOverride.BesideComputed(string.Empty, null, Language.Vietnamese).Should().BeEmpty();
    }
}
