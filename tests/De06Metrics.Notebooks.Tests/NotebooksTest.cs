using System.Text.Json.Nodes;

namespace De06Metrics.Notebooks.Tests;

/// <summary>
/// Every notebook in docs/notebooks runs, as a user runs it, in a real C# kernel, loading the package from the local
/// feed; and the outputs saved in each notebook are the ones it gives.
/// </summary>
public class NotebooksTest
{
    /// <summary>Set to 1 by build/run-notebooks: the outputs test then saves each notebook's outputs instead of comparing.</summary>
    public const string WriteVariable = "DE06_WRITE_NOTEBOOK_OUTPUTS";

    public static string Folder => NotebookRunner.Folder;

    public static string PathOf(string notebook) => Path.Combine(Folder, notebook);

    public static string[] NotebookNames() =>
        Directory.GetFiles(Folder, "*.ipynb").Select(path => Path.GetFileName(path)).Order().ToArray();

    public static TheoryData<string> Notebooks() => new(NotebookNames());

    [Fact]
    public void There_are_the_two_notebooks() =>
        NotebookNames().Should().Equal("getting-started.ipynb", "ranking-and-composite.ipynb");

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_first_cell_loads_the_package_as_a_user_does(string notebook)
    {
        var cells = NotebookRunner.CodeCells(notebook);
        cells[0].Should().Be("#r \"nuget: De06Metrics\"", "the package is loaded as from a public feed; the local feed is a source of the user's");
        cells.Should().NotContain(cell => cell.Contains("#!import", StringComparison.Ordinal), "the package registers its views itself");
        cells.Should().NotContain(cell => cell.Contains(".dll\"", StringComparison.Ordinal), "the package is loaded, not a build's DLL");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_cell_runs_and_shows_the_packages_views(string notebook)
    {
        var run = await NotebookRunner.RunOnce(notebook);
        run.Cells.Should().HaveCountGreaterThan(3);
        var html = run.Cells.SelectMany(cell => cell.Html).ToList();
        html.Should().Contain(value => value.Contains("<svg", StringComparison.Ordinal), "each notebook draws a chart");
        html.Should().Contain(value => value.Contains("<table class=\"de06-", StringComparison.Ordinal), "each notebook shows a result in the view its package registered");
    }

    [Fact]
    public async Task The_getting_started_notebook_prints_the_reports_figures()
    {
        var run = await NotebookRunner.RunOnce("getting-started.ipynb");
        var text = string.Concat(run.Cells.Select(cell => cell.StandardOutput));

        // Hà Giang's Q1 2024 report: online dossiers 88,8%, up 16,5 points on 2023, 18,8 points over the 70% target;
        // 17 of the programme's 33 models deployed (51,5%), against the year's plan from 2023's illustrative 10:
        // (17 − 10) / (33 − 10) = 30,4%, where 91/366 = 24,9% was expected by 31 March.
        text.Should().Contain("Tỷ lệ hồ sơ trực tuyến đạt 88,8% (tăng 16,5 điểm phần trăm so với năm 2023, vượt chỉ tiêu 18,8 điểm phần trăm)");
        text.Should().Contain("17/33 mô hình (51,5%)");
        text.Should().Contain("đạt 30,4% kế hoạch năm, tính trên phần thay đổi so với mức 10 mô hình ngày 31/12/2023, mức cần đạt đến ngày 31/3/2024 là 24,9%, vượt tiến độ 21 ngày");
    }

    /// <summary>
    /// The outputs committed in the notebook are those a run gives now. Nothing in a run varies (no clock, no random
    /// numbers without a seed, no machine paths), so they are compared as they are. build/run-notebooks saves them.
    /// </summary>
    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task The_saved_outputs_are_those_the_notebook_gives(string notebook)
    {
        var run = await NotebookRunner.RunOnce(notebook);
        var text = await File.ReadAllTextAsync(PathOf(notebook));
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            await File.WriteAllTextAsync(PathOf(notebook), NotebookOutputs.WithOutputs(text, run));
            return;
        }

        var saved = NotebookOutputs.Saved(text);
        var sources = NotebookRunner.CodeCells(notebook);
        saved.Should().HaveCount(run.Cells.Count);
        for (var i = 0; i < run.Cells.Count; i++)
        {
            var ran = NotebookOutputs.Of(run.Cells[i], i + 1);
            if (!JsonNode.DeepEquals(saved[i], ran))
            {
                var firstLine = sources[i].Split('\n')[0];
                Assert.Fail(
                    $"{notebook}: the saved outputs of code cell {i + 1} (\"{firstLine}\") are not what it gives now; "
                    + $"run build/run-notebooks to save them again.\n--- saved ---\n{NotebookOutputs.Text(saved[i])}\n--- now ---\n{NotebookOutputs.Text(ran)}");
            }
        }
    }
}
