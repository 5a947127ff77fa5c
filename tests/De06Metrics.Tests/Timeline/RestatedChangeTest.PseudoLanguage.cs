using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Timeline;

[Trait("Category", "Text")]
public sealed class RestatedChangePseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;
    private static readonly ReportingPeriod Q3Of2024 = Quarter(2024, 3);
    private static readonly Observation Q3Of2025 = OnlineRates2025().Single(o => o.Period.Equals(Quarter(2025, 3)));
    private static readonly Observation[] Base = [.. OnlineRatesQ3_2024(), .. OnlineRates2025()];

    // The units' names are the data's own words.
    private static readonly string[] Names = ["Tỉnh Tuyên Quang", "Tỉnh Hà Giang"];

    [Fact]
    public void A_restated_base_and_the_change_on_it_are_written_from_the_phrase_book()
    {
        var change = History().Compare(Online, Q3Of2025, Q3Of2024, Base);

        change.Base.Basis.Should().Be(BaseValueBasis.Restated);
        PseudoLanguage.WordsIn(change.Base.Describe(Pseudo), Names).Should().BeEmpty();
        PseudoLanguage.WordsIn(change.RelativeChange!.Describe(Pseudo), Names).Should().BeEmpty();
        change.RelativeChange.Describe(Pseudo).Should().NotBe(
            History().Compare(Online, Q3Of2025, Q3Of2024, Base, UnitChangeComparison.NotComparable).Describe(Pseudo));
    }

    [Fact]
    public void A_base_as_reported_is_written_from_the_phrase_book()
    {
        Observation[] communes = [Count("HG.BQ.VQ", Q3Of2024, 700), Count("HG.BQ.VQ", Quarter(2025, 3), 800)];

        var change = History().Compare(Records, communes[1], Q3Of2024, communes);

        change.Base.Basis.Should().Be(BaseValueBasis.AsReported);
        PseudoLanguage.WordsIn(change.Base.Describe(Pseudo)).Should().BeEmpty();
        PseudoLanguage.WordsIn(change.Describe(Pseudo)).Should().BeEmpty();
    }

    [Fact]
    public void A_base_that_is_not_comparable_is_written_from_the_phrase_book()
    {
        var change = History().Compare(Online, Q3Of2025, Q3Of2024, Base, UnitChangeComparison.NotComparable);

        change.IsComparable.Should().BeFalse();
        PseudoLanguage.WordsIn(change.Describe(Pseudo)).Should().BeEmpty();
        PseudoLanguage.WordsIn(change.Base.Describe(Pseudo)).Should().BeEmpty();
    }

    [Fact]
    public void A_restated_label_says_so_in_each_language()
    {
        var @base = History().Compare(Online, Q3Of2025, Q3Of2024, Base).Base;

        var label = @base.Label(new LocalizedText("¤", "¤¤"));
        label.Vietnamese.Should().Be("¤ (số liệu quy đổi theo đơn vị hiện nay)");
        label.English.Should().Be("¤¤ (restated to current units)");
    }
}
