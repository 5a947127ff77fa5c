using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Tests.Indicators;

[Trait("Category", "Text")]
public sealed class IndicatorFormatGoalTest
{
    private static readonly Indicator OnlineRate = new(new IndicatorCode("DVC.ONLINE"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter);

    [Fact]
    public void A_goal_is_a_set_value_and_keeps_its_own_decimals_at_most_the_indicators()
    {
        // OnlineRate shows one decimal (the default); a target is set, not measured: 70 is written "70%", not "70,0%"
        // (docs/evaluation.md, section 9), 72,5 keeps its one decimal, 72,25 is written at the indicator's one.
        OnlineRate.FormatGoal(Goal.AtLeast(70m), Language.Vietnamese).Should().Be("≥ 70%");
        OnlineRate.FormatGoal(Goal.AtLeast(70.0m), Language.English).Should().Be("≥ 70%");
        OnlineRate.FormatGoal(Goal.AtMost(5m), Language.English).Should().Be("≤ 5%");
        OnlineRate.FormatGoal(Goal.AtLeast(72.5m), Language.Vietnamese).Should().Be("≥ 72,5%");
        OnlineRate.FormatGoal(Goal.AtLeast(72.25m), Language.Vietnamese).Should().Be("≥ 72,3%");
        OnlineRate.FormatGoal(Goal.Between(90m, 95m), Language.Vietnamese).Should().Be("90% – 95%");
    }

    [Fact]
    public void A_tolerance_is_a_difference_in_percentage_points_not_a_rate()
    {
        OnlineRate.FormatGoal(Goal.Exactly(90m, 2m), Language.Vietnamese).Should().Be("= 90% ± 2 điểm phần trăm");
        OnlineRate.FormatGoal(Goal.Exactly(90m, 2m), Language.English).Should().Be("= 90% ± 2 percentage points");
        OnlineRate.FormatGoal(Goal.Exactly(90m, 0.5m), Language.English).Should().Be("= 90% ± 0.5 percentage points");
        OnlineRate.FormatGoal(Goal.Exactly(90m, 0m), Language.English).Should().Be("= 90%");
    }

    [Fact]
    public void Yes_and_no_goals_are_words_from_the_book()
    {
        var connected = new Indicator(new IndicatorCode("X1"), new LocalizedText("◊"), Measure.YesNo, Polarity.HigherIsBetter);
        connected.FormatGoal(Goal.Yes(), Language.Vietnamese).Should().Be("có");
        connected.FormatGoal(Goal.Yes(), Language.English).Should().Be("yes");
        connected.FormatGoal(Goal.No(), Language.English).Should().Be("no");
        PseudoLanguage.WordsIn(connected.FormatGoal(Goal.Yes(), PseudoLanguage.Instance)).Should().BeEmpty();
    }
}
