using Microsoft.DotNet.Interactive.Events;

namespace De06Metrics.Notebooks.Tests;

/// <summary>Every code cell of every notebook in docs/notebooks runs in a real C# kernel without failing.</summary>
public class NotebooksTest
{
    public static string Folder { get; } = Path.Combine(NotebookRunner.RepositoryRoot, "docs", "notebooks");

    public static string PathOf(string notebook) => Path.Combine(Folder, notebook);

    public static string[] NotebookNames() =>
        Directory.GetFiles(Path.Combine(NotebookRunner.RepositoryRoot, "docs", "notebooks"), "*.ipynb").Select(path => Path.GetFileName(path)).Order().ToArray();

    public static TheoryData<string> Notebooks() => new(NotebookNames());

    [Fact]
    public void There_are_the_two_notebooks() =>
        NotebookNames().Should().Equal("getting-started.ipynb", "ranking-and-composite.ipynb");

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_cell_runs(string notebook)
    {
        var cells = NotebookRunner.NotebookCells(PathOf(notebook));
        cells.Should().HaveCountGreaterThan(3);
        using var kernel = await NotebookRunner.KernelWithExtension();
        var events = new List<KernelEvent>();
        foreach (var cell in cells)
        {
            events.AddRange(await NotebookRunner.Submit(kernel, NotebookRunner.Rewrite(cell, NotebooksTest.Folder)));
        }

        var html = events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).Where(v => v.MimeType == "text/html").Select(v => v.Value).ToList();
        html.Should().Contain(value => value.Contains("<svg", StringComparison.Ordinal), "each notebook draws a chart");
        html.Should().Contain(value => value.Contains("<table class=\"de06-", StringComparison.Ordinal), "each notebook shows a result in the package's view");
    }

    [Fact]
    public async Task The_getting_started_notebook_prints_the_reports_figures()
    {
        using var kernel = await NotebookRunner.KernelWithExtension();
        var output = new List<string>();
        foreach (var cell in NotebookRunner.NotebookCells(PathOf("getting-started.ipynb")))
        {
            var events = await NotebookRunner.Submit(kernel, NotebookRunner.Rewrite(cell, NotebooksTest.Folder));
            output.AddRange(events.OfType<StandardOutputValueProduced>().SelectMany(e => e.FormattedValues).Select(v => v.Value));
        }

        var text = string.Concat(output);
        text.Should().Contain("Tỷ lệ hồ sơ trực tuyến đạt 88,8% (tăng 16,5 điểm phần trăm so với năm 2023, vượt chỉ tiêu 18,8 điểm phần trăm)");
        text.Should().Contain("17/33 mô hình (51,5%)");
        text.Should().Contain("còn thiếu 16 mô hình");
    }
}
