using De06Metrics.Cli.Output;

namespace De06Metrics.Cli.Tests.Output;

/// <summary>
/// A report section's lines become a Markdown list (CommonMark: a "- " item per line, a numbered list nested under the
/// line it belongs to by three spaces of indent, a blank line before each such block), not one run-together paragraph.
/// </summary>
public sealed class WritersMarkdownListsTest
{
    private static string[] Listed(string text)
    {
        using var output = new StringWriter();
        output.NewLine = "\n";
        Writers.WriteMarkdownList(text, output);
        return output.ToString().TrimEnd('\n').Split('\n');
    }

    [Fact]
    public void Lines_one_under_the_other_are_items_of_a_list()
    {
        Listed("Công an tỉnh: 14/26\nSở Tư pháp: 3/7").Should().Equal("- Công an tỉnh: 14/26", "- Sở Tư pháp: 3/7");
    }

    [Fact]
    public void A_lead_units_numbered_items_nest_under_it_with_a_blank_line_between_blocks()
    {
        var text = string.Join(Environment.NewLine, "Đơn vị chủ trì: A", "  1. x", "  2. y", "Đơn vị chủ trì: B", "  1. z");

        Listed(text).Should().Equal(
            "- Đơn vị chủ trì: A",
            "   1. x",
            "   2. y",
            string.Empty,
            "- Đơn vị chủ trì: B",
            "   1. z");
    }

    [Fact]
    public void A_line_that_would_open_other_markup_is_escaped()
    {
        // "# x" would be a heading inside the item, "1. x" a nested list, "- x" another item.
        Listed("# x\n1. y\n- z").Should().Equal("- \\# x", "- 1\\. y", "- \\- z");
    }
}
