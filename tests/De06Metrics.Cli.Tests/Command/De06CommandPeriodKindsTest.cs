namespace De06Metrics.Cli.Tests.Command;

/// <summary>
/// <c>--period-kinds</c>: the built-in example compares Quý I/2024 with the year 2023, as its source report does; the
/// option flags that comparison (the default), allows it silently, or refuses it.
/// </summary>
public class De06CommandPeriodKindsTest
{
    private const string Warning = "Quý I/2024 được so sánh với năm 2023, một kỳ có độ dài khác.";

    [Fact]
    public void By_default_a_quarter_is_compared_with_the_year_before_and_the_comparison_is_flagged()
    {
        var run = De06Process.Run("report", "--format", "md");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain(Warning);
        // 88,8 − 72,3 = 16,5 points on the year 2023.
        run.Out.Should().Contain("tăng 16,5 điểm phần trăm so với năm 2023");
    }

    [Fact]
    public void Allowed_the_comparison_is_made_without_a_warning()
    {
        var run = De06Process.Run("report", "--format", "md", "--period-kinds", "allow");

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().NotContain(Warning);
        run.Out.Should().Contain("tăng 16,5 điểm phần trăm so với năm 2023");
    }

    [Theory]
    [InlineData("vi", "không so sánh quý I/2024 với năm 2023 vì khác loại kỳ báo cáo", "tăng 16,5 điểm phần trăm")]
    [InlineData("en", "Q1 2024 is not compared with 2023, a period of another kind", "up 16.5 percentage points")]
    public void Refused_no_change_is_computed_and_each_row_says_why(string language, string why, string change)
    {
        var run = De06Process.Run("report", "--format", "md", "--period-kinds", "REFUSE", "--lang", language);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().NotContain(Warning);
        run.Out.Should().Contain(why).And.NotContain(change);
    }

    [Fact]
    public void Another_choice_is_refused_with_the_three_that_exist()
    {
        var run = De06Process.Run("report", "--period-kinds", "sometimes");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--period-kinds must be flag, allow or refuse, not 'sometimes'.");
    }
}
