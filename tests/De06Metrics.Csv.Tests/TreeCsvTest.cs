using System.Text;
using De06Metrics.Composite;
using De06Metrics.Scorecards;
using De06Metrics.Scoring;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Csv.Tests;

/// <summary>A scorecard's weighted tree as tree.csv: written and read back, and every bad row located by line and column.</summary>
public class TreeCsvTest
{
    private static ScorecardTree Tree() => new(
        "S",
        new LocalizedText("Bảng", "Board"),
        [
            TreeNode.Group(TreeNodeKind.Area, "LV", new LocalizedText("Lĩnh vực, một", "Area one"), 2m,
            [
                TreeNode.CappedAttainment(new("RATE"), 1m, 1.2m),
                TreeNode.BandedAttainment(new("MODELS"), 0.5m, [new ScoreBand(1m, 100m), new ScoreBand(0.5m, 40m)], 10m),
            ]),
        ],
        MinimumCoverage.ShareOfWeight(0.6m));

    [Fact]
    public void Writing_then_reading_gives_the_same_tree()
    {
        using var folder = new CsvFolder();
        var scorecard = ScorecardCsv.ReadFolder(folder.Path).EnsureValid();
        TreeCsv.WriteFolder(Tree(), folder.Path);
        var read = TreeCsv.ReadFolder(folder.Path, scorecard);
        read.Problems.Should().BeEmpty();
        TreeJson.ToJson(read.Tree!).Should().Be(TreeJson.ToJson(Tree()));
    }

    [Fact]
    public void A_folder_without_tree_csv_has_no_tree_and_no_problem()
    {
        using var folder = new CsvFolder();
        var read = TreeCsv.ReadFolder(folder.Path, ScorecardCsv.ReadFolder(folder.Path).EnsureValid());
        read.Tree.Should().BeNull();
        read.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Bad_rows_are_located_by_line_and_column()
    {
        using var folder = new CsvFolder();
        File.WriteAllText(Path.Combine(folder.Path, TreeCsv.FileName), """
            kind,code,indicator,parent,name_vi,weight,method,ceiling
            scorecard,S,,,Bảng,,,
            objective,M1,,M2,Một,1,,
            objective,M2,,M1,Hai,1,,
            ,,RATE,M1,,1,attainment,1
            ,,NOPE,,,1,attainment,1
            """, new UTF8Encoding(false));
        var read = TreeCsv.ReadFolder(folder.Path, ScorecardCsv.ReadFolder(folder.Path).EnsureValid());
        read.Tree.Should().BeNull();
        var file = Path.Combine(folder.Path, TreeCsv.FileName);
        read.Problems.Select(p => p.ToString()).Should().Equal(
            $"{file}:3:4: parent 'M2': the groups 'M1' → 'M2' → 'M1' form a cycle, which never reaches the scorecard; a tree has none.",
            $"{file}:6:3: indicator 'NOPE': the indicator 'NOPE' is not in the catalog.");
    }

    [Fact]
    public void The_example_folders_tree_is_the_json_files_tree()
    {
        var folder = Path.Combine(HaGiangExample.Folder, "csv");
        var csv = TreeCsv.ReadFolder(folder, ScorecardCsv.ReadFolder(folder).EnsureValid());
        csv.Problems.Should().BeEmpty();
        var json = TreeJson.ReadFile(Path.Combine(HaGiangExample.Folder, "tree.json"), ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid());
        TreeJson.ToJson(csv.Tree!).Should().Be(TreeJson.ToJson(json.Tree!));
    }
}
