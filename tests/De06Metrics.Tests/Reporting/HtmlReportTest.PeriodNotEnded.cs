using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Tests.Reporting;

public partial class HtmlReportTest
{
    [Fact]
    public void A_rate_of_a_quarter_not_over_is_badged_not_judged_rather_than_without_data()
    {
        // As of 10/3/2024 the example's undated quarter rates (88,8% against 70%, …) are shown, not judged.
        var result = Example.Value.Evaluate(HaGiangExample.Q1, new LocalDate(2024, 3, 10), new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023));

        var vi = HtmlReport.ToHtml(result, new HtmlReportOptions(Language.Vietnamese, Generated));
        vi.Should().Contain("<span class=\"de06-word\">Chưa đánh giá (kỳ báo cáo chưa kết thúc)</span>").And.NotContain("<span class=\"de06-word\">Không có số liệu</span>");
        HtmlReport.ToHtml(result, new HtmlReportOptions(Language.English, Generated)).Should().Contain("<span class=\"de06-word\">Not judged (period not over)</span>");
    }
}
