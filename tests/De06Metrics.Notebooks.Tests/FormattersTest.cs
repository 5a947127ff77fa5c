using Microsoft.DotNet.Interactive.Events;

namespace De06Metrics.Notebooks.Tests;

public class FormattersTest
{
    /// <summary>
    /// Runs the getting-started notebook (which loads the package from the local feed, whose extension.dib registers
    /// the views, and defines <c>q1</c>, the Hà Giang quarter), then asks the kernel for each kind of result and reads
    /// the HTML its formatter wrote.
    /// </summary>
    [Fact]
    public async Task The_extension_registers_an_html_view_for_each_result()
    {
        using var session = await NotebookRunner.Session.Start();
        foreach (var cell in NotebookRunner.CodeCells("getting-started.ipynb"))
        {
            await session.Submit(cell);
        }

        await session.Submit("De06MetricsHtml.Language = Language.Vietnamese;");

        async Task<string> Html(string expression)
        {
            var outputs = await session.Submit(expression);
            return outputs.Events.OfType<ReturnValueProduced>().Single().FormattedValues.Single(v => v.MimeType == "text/html").Value;
        }

        var table = await Html("q1");
        table.Should().StartWith("<table class=\"de06-scorecard\">");
        table.Should().Contain("Tỷ lệ hồ sơ trực tuyến").And.Contain("88,8%").And.Contain("17/33 mô hình (51,5%)");
        table.Should().Contain("background:#2e7d32\">Vượt chỉ tiêu").And.Contain("background:#616161\">Không có chỉ tiêu");

        // The models have no target on the quarter; the sentence sets 17 against the year's plan from 10: 30,4%.
        (await Html("q1.Find(new IndicatorCode(\"MODELS.DEPLOYED\"), new UnitId(\"HG\"))")).Should()
            .Contain("de06-row").And.Contain("17/33 mô hình (51,5%)").And.Contain("Không có chỉ tiêu").And.Contain("đạt 30,4% kế hoạch năm");
        (await Html("q1.Find(new IndicatorCode(\"DVC.ONLINE\"), new UnitId(\"HG\")).Evaluation")).Should()
            .Contain("de06-evaluation").And.Contain("+18,8 điểm phần trăm").And.Contain("Vượt chỉ tiêu");
        (await Html("q1.Find(new IndicatorCode(\"DVC.ONLINE\"), new UnitId(\"HG\")).Change")).Should()
            .Contain("de06-change").And.Contain("tăng 16,5 điểm phần trăm");
        await session.Submit("using De06Metrics.Ranking;");
        (await Html("new FieldRank(11, 63)")).Should().Contain("de06-rank").And.Contain("11/63");
        (await Html("RankChange.Between(new FieldRank(40, 63), new FieldRank(11, 63))")).Should()
            .Contain("de06-rank-change").And.Contain("tăng 29 bậc").And.Contain("#2e7d32");
        (await Html("Ranks.ByUnit(new Dictionary<string, decimal?> { [\"A\"] = 80m, [\"B\"] = 95m, [\"C\"] = null }, Polarity.HigherIsBetter)")).Should()
            .Contain("de06-ranking").And.MatchRegex("1/2.*B.*2/2.*A.*không xếp hạng.*C");
        (await Html("q1.Lagging()")).Should().Contain("de06-lagging").And.Contain("Không có chỉ tiêu nào chậm.");

        await session.Submit("De06MetricsHtml.Language = De06Metrics.Text.Language.English;");
        (await Html("q1")).Should().Contain("Online dossier rate").And.Contain("88.8%").And.Contain("Exceeded");
    }
}
