using De06Metrics.Growth;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using static De06Metrics.Tests.Growth.PseudoGrowth;

namespace De06Metrics.Tests.Growth;

[Trait("Category", "Text")]
public sealed class TrendProjectionPseudoLanguageTest
{
    private static readonly Language Pseudo = PseudoLanguage.Instance;
    private static readonly LocalDate End2025 = new(2025, 12, 31);

    private static readonly DatedValue[] Series =
    [
        new(new LocalDate(2020, 12, 31), 60m),
        new(new LocalDate(2021, 12, 31), 65m),
        new(new LocalDate(2022, 12, 31), 71m),
        new(new LocalDate(2023, 12, 31), 74m),
        new(new LocalDate(2024, 12, 31), 80m),
    ];

    public static TheoryData<int, int> Methods => new()
    {
        { 0, 80 }, { 0, 200 }, { 1, 80 }, { 1, 200 }, { 2, 80 }, { 2, 200 }, { 3, 80 }, { 3, 200 },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_method_and_projection_is_written_from_the_phrase_book(int method, int target)
    {
        var trendMethod = method switch
        {
            0 => TrendMethod.LeastSquares,
            1 => TrendMethod.LinearRecencyWeights,
            2 => TrendMethod.GeometricRecencyWeights(2m),
            _ => TrendMethod.MeanOfLastChanges(2),
        };

        var projection = TrendProjection.Project(Count, Series, new DatedValue(End2025, target), trendMethod);

        projection.WillMeetTarget.Should().Be(target < 100);
        PseudoLanguage.WordsIn(projection.Describe(Pseudo)).Should().BeEmpty();
    }
}
