using De06Metrics.Cli.Output;
using De06Metrics.Cli.Tests.Output.Legacy;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>
/// The writers stream the report's rows: the terminal and JSON output are the same, byte for byte, as the writers wrote
/// them when they held every row (<see cref="LegacyTerminalWriter"/>, <see cref="LegacyJsonWriter"/>), and each writer
/// reads the rows as it writes them, the terminal twice (widths, then text) and the others once.
/// </summary>
public sealed class StreamedWritersTest
{
    public static TheoryData<string, int> SamplesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var sample in Samples.Keys)
        {
            foreach (var width in new[] { TerminalWriter.RedirectedWidth, 120, 80, 40 })
            {
                data.Add(sample, width);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, Func<ReportTable>> Samples = new()
    {
        ["Hà Giang, vi, with tasks"] = () => MainReport(Language.Vietnamese),
        ["Hà Giang, en, with tasks"] = () => MainReport(Language.English),
        ["every feature, vi"] = () => EvaluationReport.Build(Everything(), Language.Vietnamese),
        ["every feature, en"] = () => EvaluationReport.Build(Everything(), Language.English),
        ["awkward cells"] = AwkwardCells,
        ["25 lagging, vi"] = () => EvaluationReport.Build(TwentyFiveShort(), Language.Vietnamese),
    };

    [Theory]
    [MemberData(nameof(SamplesAndWidths))]
    public void The_terminal_output_is_the_same_as_when_every_row_was_held(string sample, int width)
    {
        var report = Samples[sample]();
        using var streamed = new StringWriter();
        using var held = new StringWriter();

        Writers.Write(report, ReportFormat.Table, streamed, colour: false, width);
        LegacyTerminalWriter.Write(report, held, colour: false, width);

        streamed.ToString().Should().Be(held.ToString());
    }

    [Theory]
    [InlineData("Hà Giang, vi, with tasks")]
    [InlineData("every feature, en")]
    [InlineData("awkward cells")]
    [InlineData("25 lagging, vi")]
    public void The_json_output_is_the_same_as_when_it_was_encoded_whole(string sample)
    {
        var report = Samples[sample]();
        using var streamed = new StringWriter();
        using var whole = new StringWriter();

        Writers.Write(report, ReportFormat.Json, streamed, colour: false);
        LegacyJsonWriter.WriteJson(report, whole);

        streamed.ToString().Should().Be(whole.ToString());
    }

    [Fact]
    public void Json_of_many_rows_passed_on_in_pieces_is_the_same_and_whole()
    {
        // 2 000 rows of about 300 bytes each: about 600 KB, passed on in pieces of 32 KB, each ending after a row.
        var rows = Enumerable.Range(0, 2_000).Select(i => Row($"C{i:0000}", $"Chỉ tiêu số {i} — tỷ lệ hồ sơ trực tuyến", "Xã " + new string('ệ', i % 50), $"{i},5%"));
        var report = new ReportTable("Báo cáo", "Ghi chú", Columns(4), [.. rows], "vi");
        using var streamed = new StringWriter();
        using var whole = new StringWriter();

        Writers.Write(report, ReportFormat.Json, streamed, colour: false);
        LegacyJsonWriter.WriteJson(report, whole);

        streamed.ToString().Length.Should().BeGreaterThan(10 * 32 * 1024);
        streamed.ToString().Should().Be(whole.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(streamed.ToString());
        json.RootElement.GetProperty("rows").GetArrayLength().Should().Be(2_000);
        json.RootElement.GetProperty("rows")[1_999].GetProperty("text").GetProperty("c0").GetString().Should().Be("C1999");
    }

    [Theory]
    [InlineData(nameof(ReportFormat.Table), 2)]
    [InlineData(nameof(ReportFormat.Md), 1)]
    [InlineData(nameof(ReportFormat.Csv), 1)]
    [InlineData(nameof(ReportFormat.Json), 1)]
    [InlineData(nameof(ReportFormat.Html), 1)]
    public void Each_writer_reads_the_rows_as_it_writes_them(string format, int passes)
    {
        var rows = new CountingRows(3);
        var report = new ReportTable("T", string.Empty, Columns(2), rows, "vi");
        using var output = new StringWriter();

        Writers.Write(report, Enum.Parse<ReportFormat>(format), output, colour: false);

        // Each pass makes the three rows afresh: the writer keeps none of them, and asks for no row twice in a pass.
        rows.Passes.Should().Be(passes);
        rows.Made.Should().Be(3 * passes);
        output.ToString().Should().Contain("r2c1");
    }

    private static ReportTable MainReport(Language language)
    {
        var read = ScorecardSource.Read(null, null);
        var result = read.Scorecard.Evaluate(HaGiangExample.Q1, null, new ScorecardOptions(figures: FigureChoice.LatestAvailable));
        var tasks = TaskReport.Judge(null, read.Scorecard, null, HaGiangExample.Q1.End, 7)!.Value.Assessment!;
        return EvaluationReport.Build(result, language, tasks) with { Tasks = TaskReport.Build(tasks, language) };
    }

    /// <summary>
    /// One district, the lead of 25 rate indicators K00 … K24 with a target of at least 70% in Q1 2024, each reached at
    /// 10 + 2k %: all 25 lag, K00 the furthest behind.
    /// </summary>
    private static ScorecardResult TwentyFiveShort()
    {
        var unit = new ResponsibleUnit(new UnitId("D"), new LocalizedText("Huyện Bắc Quang", "Bac Quang district"), UnitKind.District);
        var indicators = Enumerable.Range(0, 25)
            .Select(k => new Indicator(new IndicatorCode($"K{k:00}"), new LocalizedText($"Chỉ tiêu {k:00}", $"Indicator {k:00}"), Measure.Rate, Polarity.HigherIsBetter))
            .ToList();
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var targets = indicators.Select(indicator => new Target(indicator.Code, unit.Id, quarter, Goal.AtLeast(70m)));
        var observations = indicators.Select((indicator, k) => new Observation(indicator.Code, unit.Id, quarter, MeasuredValue.Of(10m + (2 * k))));
        return Scorecard.Create([.. indicators], UnitRegistry.Create([unit]), [.. targets], [.. observations]).Evaluate(quarter);
    }

    [Theory]
    [InlineData("vi", nameof(ReportFormat.Table), "  và 15 chỉ tiêu khác")]
    [InlineData("en", nameof(ReportFormat.Table), "  and 15 more")]
    [InlineData("vi", nameof(ReportFormat.Md), "   - và 15 chỉ tiêu khác")]
    [InlineData("en", nameof(ReportFormat.Md), "   - and 15 more")]
    public void What_lags_lists_10_items_per_lead_unit_in_the_terminal_and_Markdown_and_counts_the_others(string code, string format, string more)
    {
        var language = code == "vi" ? Language.Vietnamese : Language.English;
        var report = EvaluationReport.Build(TwentyFiveShort(), language);
        using var output = new StringWriter();

        Writers.Write(report, Enum.Parse<ReportFormat>(format), output, colour: false, TerminalWriter.RedirectedWidth);

        // The 10 furthest behind (K00 … K09, at 10% … 28%), then 25 − 10 = 15 counted; K10 … K24 stay in the table only.
        var lines = output.ToString().Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var listed = lines.Where(line => line.TrimStart().StartsWith("10. ", StringComparison.Ordinal)).ToList();
        listed.Should().ContainSingle().Which.Should().Contain(code == "vi" ? "Chỉ tiêu 09" : "Indicator 09");
        lines.Should().NotContain(line => line.TrimStart().StartsWith("11. ", StringComparison.Ordinal));
        lines.Should().Contain(more);
    }

    [Fact]
    public void What_lags_in_JSON_keeps_every_item()
    {
        var result = TwentyFiveShort();
        var report = EvaluationReport.Build(result, Language.Vietnamese);
        using var output = new StringWriter();

        Writers.Write(report, ReportFormat.Json, output, colour: false);

        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        var lagging = json.RootElement.GetProperty("sections").EnumerateArray()
            .Single(section => section.GetProperty("heading").GetString() == Language.Vietnamese[Phrase.ReportLaggingHeading]);
        var text = lagging.GetProperty("text").GetString()!;
        text.Should().Be(result.Lagging().Describe(Language.Vietnamese), "the whole report: the heading and 25 items");
        text.Split(Environment.NewLine).Should().HaveCount(1 + 25);
    }

    private static ScorecardResult Everything()
    {
        var scorecard = ScorecardSamples.Everything();
        return scorecard.Evaluate(EvaluationReport.DefaultPeriod(scorecard));
    }

    /// <summary>
    /// Cells that test the layout: several lines in one cell, a wide (two-cell) letter, a letter with combining accents,
    /// a column empty on every row, one the same on every row, numbers aligned right, a cell cut at 1 000 characters.
    /// </summary>
    private static ReportTable AwkwardCells()
    {
        ReportColumn[] columns = [new("a", "Mã"), new("b", "Tên\nhai dòng"), new("c", "Trống"), new("d", "Chung"), new("e", "Số", AlignRight: true)];
        ReportRow[] rows =
        [
            Row("X.1", "dòng một\ndòng hai\ndòng ba", string.Empty, "như nhau", "1.234,5"),
            Row("X.2", "漢字 rộng", string.Empty, "như nhau", "7"),
            Row("X.3", "e\u0323\u0302 tổ hợp", string.Empty, "như nhau", "-16,5%"),
        ];
        var cut = Row("X.4", new string('x', 1_200), string.Empty, "như nhau", "0");
        return new ReportTable("Bảng khó", "Ghi chú một\nGhi chú hai", columns, rows, "vi")
        {
            Sections = [new ReportSection("Phần", "1. một\n  1. con")],
            Tasks = new ReportTable("Bảng dài", string.Empty, columns, [.. rows, cut], "vi"),
        };
    }

    private static ReportColumn[] Columns(int count) => [.. Enumerable.Range(0, count).Select(i => new ReportColumn($"c{i}", $"Cột {i}"))];

    private static ReportRow Row(params string[] cells) => new(cells, new Dictionary<string, object?> { ["indicator"] = cells[0] });

    /// <summary>Rows made afresh on every pass, counting the passes and the rows made.</summary>
    private sealed class CountingRows(int count) : IEnumerable<ReportRow>
    {
        public int Passes { get; private set; }

        public int Made { get; private set; }

        public IEnumerator<ReportRow> GetEnumerator()
        {
            Passes++;
            for (var i = 0; i < count; i++)
            {
                Made++;
                yield return Row($"r{i}c0", $"r{i}c1");
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
