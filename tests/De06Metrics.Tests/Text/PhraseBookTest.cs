using System.Text;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Text;

[Trait("Category", "Text")]
public sealed class PhraseBookTest
{
    public static TheoryData<string> Keys() => [.. Enum.GetNames<Phrase>()];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_key_has_a_template_in_both_books_that_formats(string key)
    {
        var phrase = Enum.Parse<Phrase>(key);
        foreach (var language in Language.All)
        {
            var template = language.Phrases[phrase];
            template.Should().NotBeNull();
            var parse = () => CompositeFormat.Parse(template);
            parse.Should().NotThrow("the {0} template of {1} is a composite format", language, key);
        }
    }

    [Fact]
    public void The_pseudo_language_writes_no_word_of_its_own()
    {
        foreach (var phrase in Enum.GetValues<Phrase>())
        {
            PseudoLanguage.WordsIn(PseudoLanguage.Instance.Phrases[phrase]).Should().BeEmpty();
        }
    }

    [Fact]
    public void The_word_check_finds_a_word_that_did_not_come_from_a_book()
    {
        // The check itself can fail: a literal word, Vietnamese or English, is found; data words are removed first.
        PseudoLanguage.WordsIn("◊12,5◊ chỉ tiêu").Should().Equal("chỉ", "tiêu");
        PseudoLanguage.WordsIn("◊ target ◊").Should().Equal("target");
        PseudoLanguage.WordsIn("◊Hà Giang◊", "Hà Giang").Should().BeEmpty();
    }

    [Fact]
    public void Not_meaningful_reasons_come_from_the_book()
    {
        foreach (var reason in Enum.GetValues<NotMeaningfulReason>())
        {
            PseudoLanguage.WordsIn(reason.Describe(PseudoLanguage.Instance)).Should().BeEmpty();
        }
    }

    [Fact]
    public void A_count_takes_the_singular_in_English_only_for_one()
    {
        Language.English.Phrases.IsSingular(1m).Should().BeTrue();
        Language.English.Phrases.IsSingular(2m).Should().BeFalse();
        Language.English.Phrases.IsSingular(0m).Should().BeFalse();
        Language.Vietnamese.Phrases.IsSingular(1m).Should().BeFalse();
    }

    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(111, "111th")]
    [InlineData(1204, "1,204th")]
    public void English_ordinals(long value, string expected) => Language.English.Ordinal(value).Should().Be(expected);

    [Fact]
    public void Vietnamese_ordinals_put_thu_before_the_number() => Language.Vietnamese.Ordinal(11).Should().Be("thứ 11");
}
