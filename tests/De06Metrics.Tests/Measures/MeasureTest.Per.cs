using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Measures;

/// <summary>
/// A measure per something else, the unit of a ratio of two indicators: "44,03 triệu đồng/hộ" / "VND 44.03 million per
/// household", "250 lượt/1.000 người" / "250 visits per 1,000 people".
/// </summary>
[Trait("Category", "Text")]
public class MeasureTest_Per
{
    private static readonly LocalizedText Households = new("hộ", "households");
    private static readonly Measure LoanPerHousehold = Measure.Money(Currency.Vnd, MoneyScale.Millions).Per(Households, "household");
    private static readonly Measure VisitsPerThousand = Measure.Count(new LocalizedText("lượt", "visits"), "visit").Per(new LocalizedText("người", "people"), quantity: 1000m);

    [Fact]
    public void Money_per_household_is_written_as_the_report_writes_it()
    {
        // 2 527 000 000 000 đồng ÷ 57 396 hộ = 44 027 458,36 đồng, shown in millions with two decimals.
        LoanPerHousehold.FormatValue(44_027_458.36m, 2, Language.Vietnamese).Should().Be("44,03 triệu đồng/hộ");
        LoanPerHousehold.FormatValue(44_027_458.36m, 2, Language.English).Should().Be("VND 44.03 million per household");
    }

    [Fact]
    public void Per_a_thousand_writes_the_quantity_with_its_separators_and_the_plural()
    {
        VisitsPerThousand.FormatValue(250m, 0, Language.Vietnamese).Should().Be("250 lượt/1.000 người");
        VisitsPerThousand.FormatValue(250m, 0, Language.English).Should().Be("250 visits per 1,000 people");
        VisitsPerThousand.FormatValue(1m, 0, Language.English).Should().Be("1 visit per 1,000 people");
    }

    [Fact]
    public void A_difference_is_per_the_same_thing()
    {
        LoanPerHousehold.FormatDifference(-2_500_000m, 1, Language.Vietnamese).Should().Be("-2,5 triệu đồng/hộ");
        VisitsPerThousand.FormatDifference(12m, 0, Language.English, explicitPlusSign: true).Should().Be("+12 visits per 1,000 people");
    }

    [Fact]
    public void Without_a_singular_english_writes_the_unit_as_given()
    {
        Measure.Money(Currency.Vnd, MoneyScale.Millions).Per(Households).FormatValue(44_000_000m, 0, Language.English).Should().Be("VND 44 million per households");
    }

    [Fact]
    public void The_scale_changes_only_how_amounts_are_written()
    {
        var inBillions = LoanPerHousehold.AtScale(MoneyScale.Billions);
        inBillions.Should().NotBe(LoanPerHousehold);
        inBillions.AtScale(MoneyScale.Millions).Should().Be(LoanPerHousehold);
        inBillions.PerUnit.Should().Be(Households);
        inBillions.FormatValue(44_027_458.36m, 3, Language.Vietnamese).Should().Be("0,044 tỷ đồng/hộ");
    }

    [Fact]
    public void Equal_settings_give_equal_measures()
    {
        Measure.Money(Currency.Vnd, MoneyScale.Millions).Per(Households, "household").Should().Be(LoanPerHousehold)
            .And.Subject.GetHashCode().Should().Be(LoanPerHousehold.GetHashCode());
        LoanPerHousehold.Should().NotBe(Measure.Money(Currency.Vnd, MoneyScale.Millions));
        Measure.Count().Per(Households, quantity: 1000m).Should().NotBe(Measure.Count().Per(Households));
        LoanPerHousehold.PerQuantity.Should().Be(1m);
        Measure.Count().PerQuantity.Should().Be(1m, "a measure per nothing has the neutral quantity");
        LoanPerHousehold.ToString().Should().Be("Money VND (Millions) per 1 (households)");
    }

    [Fact]
    public void Only_a_count_or_money_is_per_something_and_only_once()
    {
        FluentActions.Invoking(() => Measure.Rate.Per(Households)).Should().Throw<InvalidOperationException>().WithMessage("*Rate*");
        FluentActions.Invoking(() => LoanPerHousehold.Per(Households)).Should().Throw<InvalidOperationException>().WithMessage("*per something already*");
        FluentActions.Invoking(() => Measure.Count().Per(default)).Should().Throw<ArgumentException>().WithParameterName("unit");
        FluentActions.Invoking(() => Measure.Count().Per(Households, " ")).Should().Throw<ArgumentException>().WithParameterName("englishSingular");
        FluentActions.Invoking(() => Measure.Count().Per(Households, quantity: 0m)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("quantity").WithMessage("*0 was given*");
        FluentActions.Invoking(() => Measure.Count().AtScale(MoneyScale.Millions)).Should().Throw<InvalidOperationException>();
    }
}
