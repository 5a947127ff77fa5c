using System.Text;
using De06Metrics.Indicators;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

/// <summary>
/// Amounts written at a declared scale: "2527" with "tỷ đồng" is 2 527 × 10⁹ = 2 527 000 000 000 đồng, exactly; the
/// writer writes whole đồng.
/// </summary>
public partial class ScorecardJsonTest
{
    // Line 9 is the observation under test. CREDIT is money in VND shown in billions, USD money in dollars, RATE a rate.
    private const string MoneyHead = """
        {
          "units": [ { "id": "HG", "name": { "vi": "Hà Giang" }, "kind": "province" } ],
          "indicators": [
            { "code": "CREDIT", "name": { "vi": "Dư nợ" }, "measure": { "kind": "money", "currency": "VND", "scale": "billions" }, "polarity": "higherIsBetter", "decimals": 0 },
            { "code": "FDI", "name": { "vi": "Vốn FDI" }, "measure": { "kind": "money", "currency": "USD" }, "polarity": "higherIsBetter", "decimals": 0 },
            { "code": "RATE", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 }
          ],
          "observations": [

        """;

    public static TheoryData<string, string, decimal> ScaledAmounts => new()
    {
        // value × 10^k by hand: 2527 × 10^9; 2,527 × 10^12; 1,5 × 10^6; 903 × 10^3; 12 × 1.
        { "CREDIT", """ "value": 2527, "scale": "tỷ đồng" """, 2_527_000_000_000m },
        { "CREDIT", """ "value": 2527, "scale": "  Tỉ   Đồng " """, 2_527_000_000_000m },
        { "CREDIT", """ "value": 2.527, "scale": "nghìn tỷ đồng" """, 2_527_000_000_000m },
        { "CREDIT", """ "value": 1.5, "scale": "triệu đồng" """, 1_500_000m },
        { "CREDIT", """ "value": 903, "scale": "nghìn đồng" """, 903_000m },
        { "CREDIT", """ "value": 12, "scale": "đồng" """, 12m },
        { "CREDIT", """ "value": 2527, "scale": "billion VND" """, 2_527_000_000_000m },
        { "CREDIT", """ "value": 2527, "scale": "VND billion" """, 2_527_000_000_000m },
        { "CREDIT", """ "value": 0.25, "scale": "million VND" """, 250_000m },
        { "CREDIT", """ "value": 7, "scale": "thousand VND" """, 7_000m },
        { "FDI", """ "value": 3.2, "scale": "millions" """, 3_200_000m },
        { "CREDIT", """ "value": 2527000000000 """, 2_527_000_000_000m },
    };

    [Theory]
    [MemberData(nameof(ScaledAmounts))]
    public void An_amount_at_a_declared_scale_is_read_in_whole_currency_units_exactly(string indicator, string fields, decimal expected)
    {
        var result = Read(MoneyHead + $$"""    { "indicator": "{{indicator}}", "unit": "HG", "period": "2024-Q1", {{fields}} }""" + Tail);

        result.Problems.Should().BeEmpty();
        result.Scorecard.Observations.Should().ContainSingle().Which.Value.Value.Should().Be(expected);
    }

    public static TheoryData<string, string> BadScales => new()
    {
        {
            """    { "indicator": "CREDIT", "unit": "HG", "period": "2024-Q1", "value": 2527, "scale": "tỷ" }""",
            "bad.json:9:89 $.observations[0].scale: scale 'tỷ': unknown scale 'tỷ': use đồng, nghìn đồng, triệu đồng, tỷ đồng or nghìn tỷ đồng; VND, thousand VND, million VND, billion VND or trillion VND; or units, thousands, millions, billions or trillions of the indicator's currency."
        },
        {
            """    { "indicator": "RATE", "unit": "HG", "period": "2024-Q1", "value": 88.8, "scale": "triệu đồng" }""",
            "bad.json:9:87 $.observations[0].scale: scale 'triệu đồng': a scale applies to money only; RATE is not measured in money."
        },
        {
            """    { "indicator": "FDI", "unit": "HG", "period": "2024-Q1", "value": 3, "scale": "tỷ đồng" }""",
            "bad.json:9:83 $.observations[0].scale: scale 'tỷ đồng': the scale 'tỷ đồng' is in đồng, but FDI is in USD; use units, thousands, millions, billions or trillions."
        },
        {
            """    { "indicator": "CREDIT", "unit": "HG", "period": "2024-Q1", "value": 79228162514264337593, "scale": "nghìn tỷ đồng" }""",
            "bad.json:9:74 $.observations[0].value: value '79228162514264337593': 79228162514264337593 nghìn tỷ đồng is too large an amount to hold exactly."
        },
    };

    [Theory]
    [MemberData(nameof(BadScales))]
    public void A_scale_that_cannot_apply_is_a_problem_at_its_place(string line, string problem)
    {
        var result = Read(MoneyHead + line + Tail);

        result.Problems.Select(p => p.ToString()).Should().Equal(problem);
        result.Scorecard.Observations.Should().BeEmpty("an observation with a problem is left out, never read at another scale");
    }

    [Fact]
    public void A_scaled_amount_is_written_in_whole_dong_and_reads_back_the_same()
    {
        var read = Read(MoneyHead + """    { "indicator": "CREDIT", "unit": "HG", "period": "2024-Q1", "value": 2527, "scale": "tỷ đồng" }""" + Tail);
        read.Problems.Should().BeEmpty();

        using var stream = new MemoryStream();
        ScorecardJson.Write(read.Scorecard, stream);
        var written = Encoding.UTF8.GetString(stream.ToArray());
        written.Should().Contain("2527000000000").And.NotContain("\"scale\": \"tỷ đồng\"");

        var again = ScorecardJson.Read(stream.ToArray(), "copy.json");
        again.Problems.Should().BeEmpty();
        again.Scorecard.Observations.Should().Equal(read.Scorecard.Observations);
    }
}
