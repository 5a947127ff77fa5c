namespace De06Metrics.Csv.Tests;

/// <summary>
/// The observations' optional <c>scale</c> column: "2.527" with a decimal comma and "nghìn tỷ đồng" is
/// 2,527 × 10¹² = 2 527 000 000 000 đồng, exactly; the writer writes whole đồng and no scale column.
/// </summary>
public sealed class ScorecardCsvMoneyScaleTest
{
    private const string Indicators = """
        code;name_vi;measure;currency;money_scale;polarity;decimals
        RATE;Tỷ lệ hồ sơ trực tuyến;rate;;;higherIsBetter;1
        CREDIT;Dư nợ cho vay tín chấp;money;VND;billions;higherIsBetter;0
        """;

    private const string Settings = "setting;value\ndecimal_separator;comma";

    [Fact]
    public void Amounts_at_a_declared_scale_are_read_in_whole_dong_and_written_back_without_the_scale()
    {
        // 2527 tỷ = 2527 × 10^9; 2,527 nghìn tỷ = 2,527 × 10^12; 1,5 triệu = 1,5 × 10^6; an empty scale: whole đồng.
        using var folder = new CsvFolder(indicators: Indicators, settings: Settings, targets: "indicator;unit;period;goal;value", observations: """
            indicator;unit;period;value;scale
            CREDIT;HG;Q1 2024;2527;tỷ đồng
            CREDIT;HG;Q2 2024;2,527;nghìn tỷ đồng
            CREDIT;HG;Q3 2024;1,5;triệu đồng
            CREDIT;HG;Q4 2024;2527000000000;
            """);

        var read = ScorecardCsv.ReadFolder(folder.Path);

        read.Problems.Should().BeEmpty();
        read.Scorecard.Observations.Select(o => o.Value.Value).Should().Equal(2_527_000_000_000m, 2_527_000_000_000m, 1_500_000m, 2_527_000_000_000m);

        using var copy = new CsvFolder(units: null, indicators: null, targets: null, observations: null, settings: null);
        ScorecardCsv.WriteFolder(read.Scorecard, copy.Path, DecimalSeparator.Comma);
        var written = File.ReadAllText(copy.File("observations.csv"));
        written.Should().Contain("2527000000000").And.NotContain("scale").And.NotContain("tỷ đồng");
        ScorecardCsv.ReadFolder(copy.Path).Scorecard.Observations.Should().Equal(read.Scorecard.Observations);
    }

    [Fact]
    public void A_scale_that_cannot_apply_is_a_problem_at_its_cell()
    {
        using var folder = new CsvFolder(indicators: Indicators, settings: Settings, targets: "indicator;unit;period;goal;value", observations: """
            indicator;unit;period;value;scale
            CREDIT;HG;Q1 2024;2527;tỷ
            RATE;HG;Q1 2024;88,8;triệu đồng
            """);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("observations.csv")}:2:5: scale 'tỷ': unknown scale 'tỷ': use đồng, nghìn đồng, triệu đồng, tỷ đồng or nghìn tỷ đồng; VND, thousand VND, million VND, billion VND or trillion VND; or units, thousands, millions, billions or trillions of the indicator's currency.",
            $"{folder.File("observations.csv")}:3:5: scale 'triệu đồng': a scale applies to money only; RATE is not measured in money.");
        result.Scorecard.Observations.Should().BeEmpty();
    }

    [Fact]
    public void A_target_at_a_declared_scale_is_read_in_whole_dong_and_written_without_the_scale()
    {
        // At least 3000 tỷ: 3000 × 10^9 đồng.
        using var folder = new CsvFolder(indicators: Indicators, settings: Settings, targets: """
            indicator;unit;period;goal;value;scale
            CREDIT;HG;Q1 2024;atLeast;3000;tỷ đồng
            """, observations: "indicator;unit;period;value");

        var read = ScorecardCsv.ReadFolder(folder.Path);

        read.Problems.Should().BeEmpty();
        read.Scorecard.Targets.Should().ContainSingle().Which.Goal.Value.Should().Be(3_000_000_000_000m);
        using var copy = new CsvFolder(units: null, indicators: null, targets: null, observations: null, settings: null);
        ScorecardCsv.WriteFolder(read.Scorecard, copy.Path, DecimalSeparator.Comma);
        File.ReadAllText(copy.File("targets.csv")).Should().Contain("3000000000000").And.NotContain("scale");
    }
}
