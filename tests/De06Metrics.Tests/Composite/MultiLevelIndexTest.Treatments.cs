using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Composite;

public partial class MultiLevelIndexTest
{
    // Winsorising X = {1, 2, 3, 4, 100} (U1 … U5) to the 0,25 and 0,75 quantiles, linear between sorted values at
    // h = (n − 1)p (R type 7, Excel PERCENTILE.INC): lower h = 4 · 0,25 = 1 → 2; upper h = 3 → 4.
    // So U1 1 → 2 and U5 100 → 4; the others stay. Min-max of {2, 2, 3, 4, 4}: 0, 0, 50, 100, 100.
    // Without the treatment min-max would be (x − 1)/99 · 100: U3 = 200/99 = 2,0202…
    [Fact]
    public void Winsorising_to_quantiles_replaces_the_tails_and_reports_each_change()
    {
        var result = TreatedIndex(OutlierTreatment.Winsorise(0.25m, 0.75m)).Compute(TreatedTable(1m, 2m, 3m, 4m, 100m));

        result.Scores.Select(score => score.NormalisedValues[0]).Should().Equal(0m, 0m, 50m, 100m, 100m);
        result.Treatments.Select(t => (t.Unit.ToString(), t.Code.ToString(), t.Before, t.After)).Should().Equal(("U1", "X", 1m, 2m), ("U5", "X", 100m, 4m));
        result.Treatments[1].Describe(Language.English).Should().Be("Unit U5, indicator X: 100 replaced by 4 (winsorised to the 0.25 and 0.75 quantiles).");
        result.Treatments[1].Describe(Language.Vietnamese).Should().Be("Đơn vị U5, chỉ tiêu X: 100 được thay bằng 4 (winsor hóa về phân vị 0,25 và 0,75).");
    }

    [Fact]
    public void Without_a_treatment_nothing_is_changed_or_reported()
    {
        var result = TreatedIndex(null).Compute(TreatedTable(1m, 2m, 3m, 4m, 100m));

        result.Treatments.Should().BeEmpty();
        result.Scores[2].NormalisedValues[0]!.Value.Should().BeApproximately(200m / 99m, 1e-20m);
    }

    // ln(x + 1) of {0, 9, 99, 999, 9}: 0, ln 10, 2 ln 10, 3 ln 10, ln 10 → min-max 0, 100/3, 200/3, 100, 100/3.
    [Fact]
    public void A_log_with_a_shift_changes_every_value_and_reports_each()
    {
        var result = TreatedIndex(OutlierTreatment.Log(1m)).Compute(TreatedTable(0m, 9m, 99m, 999m, 9m));

        var normalised = result.Scores.Select(score => score.NormalisedValues[0]!.Value).ToArray();
        normalised[0].Should().Be(0m);
        normalised[1].Should().BeApproximately(100m / 3m, 1e-20m);
        normalised[2].Should().BeApproximately(200m / 3m, 1e-20m);
        normalised[3].Should().Be(100m);
        result.Treatments.Should().HaveCount(5);
        result.Treatments[2].After.Should().BeApproximately(2m * 2.302585092994045684017991454684m, 1e-20m);
        result.Treatments[2].Describe(Language.English).Should().Be("Unit U3, indicator X: 99 replaced by 4.6052 (natural logarithm of the value plus 1).");
        result.Treatments[2].Describe(Language.Vietnamese).Should().Be("Đơn vị U3, chỉ tiêu X: 99 được thay bằng 4,6052 (lôgarit tự nhiên của giá trị cộng 1).");
    }

    [Fact]
    public void A_log_refuses_a_value_that_is_not_positive_naming_the_unit_and_the_value()
    {
        var compute = () => TreatedIndex(OutlierTreatment.Log()).Compute(TreatedTable(5m, 0m, 3m, 4m, 2m));

        compute.Should().Throw<ArgumentException>().WithParameterName("table").WithMessage("*'X'*'U2'*0*");
    }

    [Fact]
    public void Treatments_take_only_sensible_parameters()
    {
        ((Action)(() => OutlierTreatment.Winsorise(-0.1m, 0.9m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lower");
        ((Action)(() => OutlierTreatment.Winsorise(0.5m, 0.5m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("upper");
        ((Action)(() => OutlierTreatment.Winsorise(0.1m, 1.1m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("upper");
        ((Action)(() => OutlierTreatment.Log(-1m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("shift");
        OutlierTreatment.Log().Describe(Language.English).Should().Be("natural logarithm");
        OutlierTreatment.Log().Describe(Language.Vietnamese).Should().Be("lôgarit tự nhiên");
    }

    [Fact]
    public void The_audit_lists_every_value_a_treatment_changed()
    {
        var audit = TreatedIndex(OutlierTreatment.Winsorise(0.25m, 0.75m)).Audit(TreatedTable(1m, 2m, 3m, 4m, 100m));

        audit.Treatments.Should().HaveCount(2);
        audit.Describe(Language.English).Should().EndWith(
            "Values changed by an outlier treatment: 2.\n"
            + "  - Unit U1, indicator X: 1 replaced by 2 (winsorised to the 0.25 and 0.75 quantiles).\n"
            + "  - Unit U5, indicator X: 100 replaced by 4 (winsorised to the 0.25 and 0.75 quantiles).");
        audit.Describe(Language.Vietnamese).Should().Contain(
            "Giá trị thay đổi do xử lý giá trị ngoại lai: 2.\n  - Đơn vị U1, chỉ tiêu X: 1 được thay bằng 2 (winsor hóa về phân vị 0,25 và 0,75).");
    }

    [Fact]
    public void The_audit_file_lists_the_treated_values()
    {
        var audit = TreatedIndex(OutlierTreatment.Winsorise(0.25m, 0.75m)).Audit(TreatedTable(1m, 2m, 3m, 4m, 100m));
        using var json = System.Text.Json.JsonDocument.Parse(De06Metrics.Serialization.CompositeJson.Write(audit));

        var treatments = json.RootElement.GetProperty("treatments");
        treatments.GetArrayLength().Should().Be(2);
        treatments[1].GetProperty("unit").GetString().Should().Be("U5");
        treatments[1].GetProperty("code").GetString().Should().Be("X");
        treatments[1].GetProperty("before").GetDecimal().Should().Be(100m);
        treatments[1].GetProperty("after").GetDecimal().Should().Be(4m);
        json.RootElement.TryGetProperty("treatments", out _).Should().BeTrue();
        using var untreated = System.Text.Json.JsonDocument.Parse(De06Metrics.Serialization.CompositeJson.Write(TreatedIndex(null).Audit(TreatedTable(1m, 2m, 3m, 4m, 100m))));
        untreated.RootElement.TryGetProperty("treatments", out _).Should().BeFalse();
    }

    [Fact]
    public void Treatments_write_no_word_outside_the_phrase_book()
    {
        var pseudo = Tests.Text.PseudoLanguage.Instance;
        foreach (var treatment in new[] { OutlierTreatment.Winsorise(0.25m, 0.75m), OutlierTreatment.Log(), OutlierTreatment.Log(1m) })
        {
            var index = new MultiLevelIndex(new LocalizedText("Σ"), AggregationMethod.WeightedArithmeticMean,
                [new IndexDimension("1", new LocalizedText("①"), 1m, AggregationMethod.WeightedArithmeticMean,
                    [new LevelIndicator(GlyphIndicator("1.1"), 1m, Normalisation.MinMax(), treatment: treatment), new LevelIndicator(GlyphIndicator("1.2"), 1m, Normalisation.MinMax())])]);
            var builder = new IndicatorTableBuilder();
            for (var u = 0; u < 5; u++)
            {
                builder.Set(GlyphUnits[u], new IndicatorCode("1.1"), u == 4 ? 100m : u + 1m).Set(GlyphUnits[u], new IndicatorCode("1.2"), (u * 3m) % 5m);
            }

            var audit = index.Audit(builder.ToTable());
            audit.Treatments.Should().NotBeEmpty();
            Tests.Text.PseudoLanguage.WordsIn(audit.Describe(pseudo)).Should().BeEmpty(audit.Describe(pseudo));
        }
    }

    private static MultiLevelIndex TreatedIndex(OutlierTreatment? treatment)
    {
        var x = new Indicator(new IndicatorCode("X"), new LocalizedText("X"), Measure.Rate, Polarity.HigherIsBetter);
        var y = new Indicator(new IndicatorCode("Y"), new LocalizedText("Y"), Measure.Rate, Polarity.HigherIsBetter);
        return new MultiLevelIndex(new LocalizedText("Thử", "Test"), AggregationMethod.WeightedArithmeticMean,
            [new IndexDimension("D", new LocalizedText("D"), 1m, AggregationMethod.WeightedArithmeticMean,
                [new LevelIndicator(x, 1m, Normalisation.MinMax(), treatment: treatment), new LevelIndicator(y, 1m, Normalisation.MinMax())])]);
    }

    private static IndicatorTable TreatedTable(params decimal[] x)
    {
        decimal[] y = [3m, 1m, 4m, 1m, 5m];
        var builder = new IndicatorTableBuilder();
        for (var u = 0; u < x.Length; u++)
        {
            builder.Set(new UnitId($"U{u + 1}"), new IndicatorCode("X"), x[u]).Set(new UnitId($"U{u + 1}"), new IndicatorCode("Y"), y[u]);
        }

        return builder.ToTable();
    }
}
