using De06Metrics.Indicators;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Tests.Indicators;

[Trait("Category", "Text")]
public sealed class SourceReferenceDescribeTest
{
    private static readonly SourceReference Decision06 = new("06/QĐ-TTg", new LocalDate(2022, 1, 6));

    [Fact]
    public void A_source_is_cited_with_its_date_in_each_language()
    {
        Decision06.Describe(Language.Vietnamese).Should().Be("06/QĐ-TTg ngày 6/1/2022");
        Decision06.Describe(Language.English).Should().Be("06/QĐ-TTg of 6 January 2022");
        new SourceReference("06/QĐ-TTg").Describe(Language.English).Should().Be("06/QĐ-TTg");
    }

    [Fact]
    public void The_citation_words_come_from_the_book() =>
        PseudoLanguage.WordsIn(Decision06.Describe(PseudoLanguage.Instance), "06/QĐ-TTg").Should().BeEmpty();
}
