using De06Metrics.Csv;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Csv.Tests;

public partial class ScorecardCsvTest
{
    [Theory]
    [InlineData(DecimalSeparator.Comma, SuccessionDateBasis.Operational)]
    [InlineData(DecimalSeparator.Point, SuccessionDateBasis.Legal)]
    public void Writing_then_reading_gives_the_same_timeline_with_every_kind_of_succession(DecimalSeparator separator, SuccessionDateBasis basis)
    {
        var scorecard = TimelineSamples.EveryKind(basis);
        using var folder = new CsvFolder(null, null, null, null, null);

        ScorecardCsv.WriteFolder(scorecard, folder.Path, separator);
        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(scorecard);
        File.ReadAllText(folder.File("settings.csv")).Should().Contain("succession_dates" + (separator == DecimalSeparator.Comma ? ';' : ',') + basis.ToString().ToLowerInvariant());
        var successions = File.ReadAllLines(folder.File("successions.csv"));
        successions[0].Should().Be(string.Join(separator == DecimalSeparator.Comma ? ';' : ',', ScorecardTables.ColumnsOf(ScorecardTable.Successions)));
        successions.Should().Contain(line => line.Contains(separator == DecimalSeparator.Comma ? "P3.A=0,6: P3.C1 | P3.B=0,4: P3.C2" : "P3.A=0.6: P3.C1 | P3.B=0.4: P3.C2", StringComparison.Ordinal));
        File.ReadAllLines(folder.File("units.csv"))[0].Should().EndWith("parent" + (separator == DecimalSeparator.Comma ? ";" : ",") + "valid_from" + (separator == DecimalSeparator.Comma ? ";" : ",") + "valid_to");
    }

    [Fact]
    public void A_scorecard_of_one_tree_is_written_without_successions_and_a_stale_successions_file_is_removed()
    {
        using var folder = new CsvFolder(null, null, null, null, null);
        ScorecardCsv.WriteFolder(TimelineSamples.EveryKind(), folder.Path, DecimalSeparator.Point);

        ScorecardCsv.WriteFolder(ScorecardSamples.Everything(), folder.Path, DecimalSeparator.Point);

        File.Exists(folder.File("successions.csv")).Should().BeFalse();
        File.ReadAllText(folder.File("units.csv")).Should().NotContain("valid_from");
        ScorecardCsv.ReadFolder(folder.Path).Scorecard.Timeline.Should().BeNull();
    }

    [Fact]
    public void Bad_successions_are_reported_at_their_cells_and_the_good_ones_kept()
    {
        const string units = """
            id,name_vi,kind,parent,valid_from,valid_to
            HG,Tỉnh Hà Giang,province,,,2025-06-30
            TQ,Tỉnh Tuyên Quang,province,,,
            HG.CA,Công an tỉnh Hà Giang,agency,HG,,2025-06-30
            TQ.CA,Công an tỉnh Tuyên Quang,agency,TQ,,
            A,Tỉnh A,province,,,
            A.1,Xã A1,commune,A,,
            A.2,Xã A2,commune,A,,
            B,Tỉnh B,province,,2025-08-01,
            """;
        const string successions = """
            kind,effective_on,operational_on,unit,merged,into,parts,source_document,source_date
            merger,2025-06-12,2025-07-01,,HG,TQ,,202/2025/QH15,2025-06-12
            merger,2025-07-01,,,HG.CA,TQ.CA,,Quyết định,
            split,2025-08-01,,A,,,A=0.7: A.1 | B=0.3: A.2,Nghị quyết,
            split,2025-09-01,,A,,,A=0.5 | XX=0.5,Nghị quyết,
            split,2025-09-01,,A,,,A=x,Nghị quyết,
            abolition,2025-09-01,,A.2,,,,,
            """;
        using var folder = new CsvFolder(units, CsvFolder.Indicators, "indicator,unit,period,goal,value", """
            indicator,unit,period,value
            RATE,HG,Quý III/2025,50
            """);
        folder.Write("successions.csv", successions);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        var file = folder.File("successions.csv");
        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("observations.csv")}:2:2: unit 'HG': the unit 'HG' is not in force on 2025-09-30, the last day the figure counts (it is in force … – 2025-06-30): report the figure for a unit of that date ('TQ' answers for it on that date), or count it to a day the unit was in force.",
            $"{file}:5:7: parts 'A=0.5 | XX=0.5': the unit 'XX' is not registered.",
            $"{file}:6:7: parts 'A=x': the share 'x' of part 'A': not a number written with a decimal point: it is not a number.",
            $"{file}:7:8: source_document: the cell is empty but a value is required.");
        result.Scorecard.Timeline!.Events.Select(e => e.Kind).Should().Equal(SuccessionKind.Merger, SuccessionKind.Merger, SuccessionKind.Split);
        result.Scorecard.Timeline.ValidityOf(new UnitId("B")).Start.Should().Be(new LocalDate(2025, 8, 1));
    }

    [Fact]
    public void The_merger_example_folder_reads_without_problems_equals_its_json_and_is_written_back_byte_for_byte()
    {
        var json = ScorecardJson.ReadFile(TuyenQuangExample.JsonPath).EnsureValid();

        var result = ScorecardCsv.ReadFolder(TuyenQuangExample.CsvFolder);

        result.Problems.Should().BeEmpty();
        result.Scorecard.ShouldHoldTheSameItems(json);
        using var folder = new CsvFolder(null, null, null, null, null);
        ScorecardCsv.WriteFolder(json, folder.Path, DecimalSeparator.Comma);
        foreach (var name in new[] { "settings.csv", "units.csv", "indicators.csv", "targets.csv", "observations.csv", "successions.csv" })
        {
            File.ReadAllBytes(folder.File(name)).Should().Equal(File.ReadAllBytes(Path.Combine(TuyenQuangExample.CsvFolder, name)), name);
        }
    }
}
