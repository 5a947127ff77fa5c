using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

/// <summary>Values echoed in problems are cut to 60 characters with their length; short ones are kept whole.</summary>
public class ExcerptTest
{
    [Theory]
    [InlineData(200, "a 200")] // the longest kept whole: returned as it is (checked below)
    [InlineData(201, "a 201")]
    [InlineData(800, "an 800")] // "an eight hundred"
    [InlineData(11_000, "an 11 000")] // "an eleven thousand"
    [InlineData(18_500, "an 18 500")]
    [InlineData(104_857_600, "a 104 857 600")] // 100 MiB, the hostile name of the issue
    public void A_long_value_is_cut_to_sixty_characters_and_says_its_length(int length, string article)
    {
        var text = new string('x', length);

        var shown = Excerpt.Of(text, "name");

        if (length <= 200)
        {
            shown.Should().BeSameAs(text);
            return;
        }

        shown.Should().Be(new string('x', 60) + $"… ({article}-character name)");
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // 59 letters, then an emoji (two UTF-16 units) across the 60th and 61st: the cut keeps 59 and drops the pair.
        var text = new string('x', 59) + "😀" + new string('y', 300);

        Excerpt.Of(text, "value").Should().Be(new string('x', 59) + "… (a 361-character value)");
    }

    [Fact]
    public void Only_long_quoted_parts_of_a_message_are_cut()
    {
        var id = new string('u', 1000);

        var message = Excerpt.InMessage($"the unit '{id}' is not registered, nor 'HG.CA'.");

        message.Should().Be($"the unit '{new string('u', 60)}… (a 1 000-character text)' is not registered, nor 'HG.CA'.");
    }
}
