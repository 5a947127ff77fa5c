namespace De06Metrics.Notebooks.Tests;

/// <summary>
/// Every C# block in README.md and docs/*.md compiles against the built library and runs, and prints what its comments
/// say it prints. A block is named by its page and line (<c>docs/growth.md:44</c>) in the test's name and in its errors.
/// </summary>
public sealed class DocsCodeTest
{
    /// <summary>Each block, by its page and line.</summary>
    public static TheoryData<string> Blocks() => [.. DocsCode.Blocks().Select(block => block.ToString())];

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_block_compiles_runs_and_prints_what_it_says(string where)
    {
        var block = DocsCode.Blocks().Single(b => b.ToString() == where);
        if (block.Marker == "skip")
        {
            block.Reason.Should().NotBeNullOrWhiteSpace($"{where} is skipped, and a skipped block says why");
            return;
        }

        var chain = DocsCode.Chain(block);
        var (assembly, errors) = DocsCode.Compile(DocsCode.Source(chain), where);
        errors.Should().BeEmpty($"the block at {where} compiles");

        var (output, failure) = DocsCode.Run(assembly!);
        failure.Should().BeNull($"the block at {where} runs; it printed:\n{output}\nand threw {failure}");

        var printed = output.Split('\n').Select(line => line.Trim()).ToList();
        var next = 0;
        foreach (var promise in chain.SelectMany(b => DocsCode.PromisedOutput(b.Code)))
        {
            var found = printed.FindIndex(next, line => DocsCode.Keeps(promise, line));
            found.Should().BeGreaterThanOrEqualTo(0, $"the block at {where} says it prints \"{promise}\"; it printed:\n{output}");
            next = found + 1;
        }
    }

    [Fact]
    public void Skipped_blocks_are_rare_and_say_why()
    {
        var skipped = DocsCode.Blocks().Where(block => block.Marker == "skip").ToList();
        skipped.Where(block => string.IsNullOrWhiteSpace(block.Reason)).Should().BeEmpty();
        skipped.Count.Should().BeLessThanOrEqualTo(3, "a block is skipped only when it is not code to run: {0}", string.Join(", ", skipped));
    }

    [Fact]
    public void The_readme_and_the_getting_started_page_have_blocks_to_run()
    {
        // The mechanism must find the blocks it promises to run: an empty list would pass every theory vacuously.
        DocsCode.BlocksOf("README.md").Should().ContainSingle(block => block.Marker == null);
        DocsCode.BlocksOf("docs/getting-started.md").Should().Contain(block => block.Marker == null);
    }

    [Fact]
    public void A_promise_is_checked_against_the_printed_line()
    {
        DocsCode.Keeps("+18,8 điểm phần trăm", "+18,8 điểm phần trăm").Should().BeTrue();
        DocsCode.Keeps("70 (of 91 days)", "70").Should().BeTrue();
        DocsCode.Keeps("Hà Giang…", "Hà Giang, Quý I/2024").Should().BeTrue();
        DocsCode.Keeps("+18,8 điểm phần trăm", "+18,799 điểm phần trăm").Should().BeFalse();
        DocsCode.Keeps("70 (of 91 days)", "71").Should().BeFalse();
        DocsCode.PromisedOutput("Console.WriteLine(x);   // 70 (of 91 days)\nvar y = 1; // not printed\n")
            .Should().Equal("70 (of 91 days)");
    }

    [Fact]
    public void A_block_that_does_not_compile_is_named_by_its_page_and_line()
    {
        var block = new DocsBlock("docs/example.md", 12, "var x = 1;\nint y = \"text\";\n", null, null);
        var (_, errors) = DocsCode.Compile(DocsCode.Source([block]), block.ToString());
        errors.Should().ContainSingle().Which.Should().StartWith("docs/example.md:14: CS0029");
    }
}
