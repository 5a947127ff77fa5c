using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Reporting;
using De06Metrics.Tasks;

namespace De06Metrics.Tests.Reporting;

/// <summary>
/// The palette's text is readable on its fills: the contrast ratio, computed here by the WCAG 2 formula (relative
/// luminance of sRGB colours, (L1 + 0.05) / (L2 + 0.05)), is at least 4.5:1, level AA for normal text.
/// </summary>
public class ReportPaletteTest
{
    public static TheoryData<TargetStatus?> TargetStatuses() => [null, .. Enum.GetValues<TargetStatus>().Cast<TargetStatus?>()];

    public static TheoryData<DeadlineStatus> DeadlineStatuses() => [.. Enum.GetValues<DeadlineStatus>()];

    [Fact]
    public void The_formula_gives_the_published_ratios()
    {
        // WCAG 2: black on white is 21:1, white on white 1:1; WebAIM's checker gives #777777 on white 4.48:1.
        Contrast("#000000", "#ffffff").Should().BeApproximately(21, 0.001);
        Contrast("#ffffff", "#ffffff").Should().BeApproximately(1, 0.001);
        Contrast("#777777", "#ffffff").Should().BeApproximately(4.48, 0.01);
    }

    [Theory]
    [MemberData(nameof(TargetStatuses))]
    public void A_status_badge_s_text_has_AA_contrast_on_its_fill(TargetStatus? status) =>
        Contrast(ReportPalette.LightText, ReportPalette.Fill(status)).Should().BeGreaterThanOrEqualTo(4.5);

    [Theory]
    [MemberData(nameof(DeadlineStatuses))]
    public void A_task_badge_s_text_has_AA_contrast_on_its_fill(DeadlineStatus status) =>
        Contrast(ReportPalette.LightText, ReportPalette.Fill(status)).Should().BeGreaterThanOrEqualTo(4.5);

    [Theory]
    [MemberData(nameof(TargetStatuses))]
    public void Charts_and_badges_share_the_palette(TargetStatus? status) =>
        SvgCharts.StatusColour(status).Should().Be(ReportPalette.Fill(status));

    [Fact]
    public void Every_status_has_its_own_sign()
    {
        ReportPalette.Icon(TargetStatus.Exceeded).Should().Be("▲");
        ReportPalette.Icon(TargetStatus.Met).Should().Be("✓");
        ReportPalette.Icon(TargetStatus.BasicallyMet).Should().Be("≈");
        ReportPalette.Icon(TargetStatus.NotMet).Should().Be("✗");
        ReportPalette.Icon(TargetStatus.NoData).Should().Be("—");
        ReportPalette.Icon(null).Should().Be("—");
    }

    [Fact]
    public void Where_a_figure_stands_on_its_plan_takes_the_colours_and_signs_of_a_target_s_status()
    {
        ReportPalette.Fill(ScheduleStatus.AheadOfSchedule).Should().Be(ReportPalette.Fill(TargetStatus.Exceeded));
        ReportPalette.Fill(ScheduleStatus.OnSchedule).Should().Be(ReportPalette.Fill(TargetStatus.Met));
        ReportPalette.Fill(ScheduleStatus.BehindSchedule).Should().Be(ReportPalette.Fill(TargetStatus.NotMet));
        ReportPalette.Fill(ScheduleStatus.NoData).Should().Be(ReportPalette.Fill(TargetStatus.NoData));
        Enum.GetValues<ScheduleStatus>().Select(ReportPalette.Icon).Should().OnlyHaveUniqueItems();
        ReportPalette.Icon(ScheduleStatus.AheadOfSchedule).Should().Be("▲");
        ReportPalette.Icon(ScheduleStatus.BehindSchedule).Should().Be("✗");
    }

    private static double Contrast(string foreground, string background)
    {
        var (lighter, darker) = (Luminance(foreground), Luminance(background)) is var (a, b) && a > b ? (a, b) : (b, a);
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int start)
        {
            var c = int.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
