using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Units;

namespace De06Metrics.Csv.Tests;

/// <summary>Trajectories in trajectories.csv and the data_closing setting: read, written back the same, every problem at its cell.</summary>
public partial class ScorecardCsvTest
{
    private const string TrajectoryHeader = "indicator,unit,method,baseline_year,baseline_value,end_year,end_value,milestones";

    // The rate's path for every unit, linear; Công an tỉnh's own, through the plan's milestones; the models' path by
    // constant growth.
    private const string Trajectories = TrajectoryHeader + """

        RATE,,linear,2020,60,2025,90,
        RATE,HG.CA,milestones,2020,60,2025,90,2022:70|2023:80.5
        MODELS,,constantGrowth,2020,10,2025,33,
        """;

    private const string SettingsWithClosing = CsvFolder.Settings + "\ndata_closing,decree09";

    [Fact]
    public void Trajectories_and_the_closing_rule_are_read_and_the_rows_use_them()
    {
        using var folder = new CsvFolder(settings: SettingsWithClosing);
        folder.Write("trajectories.csv", Trajectories);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        var scorecard = result.Scorecard;
        scorecard.DataClosingRule.Should().Be(DataClosingRule.Decree09);
        scorecard.Trajectories.Select(t => (t.Indicator.Value, t.Unit?.Value, t.Trajectory.Method)).Should().Equal(
            ("RATE", null, TrajectoryMethod.Linear), ("RATE", "HG.CA", TrajectoryMethod.Explicit), ("MODELS", null, TrajectoryMethod.ConstantGrowth));
        scorecard.Trajectories[1].Trajectory.GivenMilestones.Should().Equal(new TrajectoryMilestone(2022, 70m), new TrajectoryMilestone(2023, 80.5m));
        // 88,8% in Quý I/2024 against the 2024 milestone 60 + 30 × 4/5 = 84: 4,8 points above, on track.
        var row = scorecard.Evaluate(ReportingPeriod.ForQuarter(2024, 1)).Find(new IndicatorCode("RATE"), new UnitId("HG"))!;
        row.TrajectoryCheck!.Gap.Should().Be(4.8m);
        row.TrajectoryCheck.Status.Should().Be(TrajectoryStatus.OnTrack);
        row.DataWindow!.End.Should().Be(new NodaTime.LocalDate(2024, 3, 14));
    }

    [Fact]
    public void Trajectories_and_the_closing_rule_are_written_and_read_back_the_same()
    {
        using var folder = new CsvFolder(settings: SettingsWithClosing);
        folder.Write("trajectories.csv", Trajectories);
        var scorecard = ScorecardCsv.ReadFolder(folder.Path).EnsureValid();

        foreach (var separator in new[] { DecimalSeparator.Point, DecimalSeparator.Comma })
        {
            using var again = new CsvFolder(null, null, null, null, null);
            ScorecardCsv.WriteFolder(scorecard, again.Path, separator);
            var text = File.ReadAllText(again.File("trajectories.csv")).TrimStart('\uFEFF');
            var settings = File.ReadAllText(again.File("settings.csv"));

            var read = ScorecardCsv.ReadFolder(again.Path);
            read.Problems.Should().BeEmpty();
            read.Scorecard.DataClosingRule.Should().Be(DataClosingRule.Decree09);
            read.Scorecard.Trajectories.Select(t => (t.Indicator, t.Unit, t.Trajectory.Method, t.Trajectory.Baseline, t.Trajectory.Target))
                .Should().Equal(scorecard.Trajectories.Select(t => (t.Indicator, t.Unit, t.Trajectory.Method, t.Trajectory.Baseline, t.Trajectory.Target)));
            read.Scorecard.Trajectories[1].Trajectory.GivenMilestones.Should().Equal(scorecard.Trajectories[1].Trajectory.GivenMilestones);

            // Written a second time, the files are the same bytes.
            using var third = new CsvFolder(null, null, null, null, null);
            ScorecardCsv.WriteFolder(read.Scorecard, third.Path, separator);
            File.ReadAllText(third.File("trajectories.csv")).TrimStart('\uFEFF').Should().Be(text);
            File.ReadAllText(third.File("settings.csv")).Should().Be(settings);
            if (separator == DecimalSeparator.Comma)
            {
                text.Should().Contain("RATE;HG.CA;milestones;2020;60;2025;90;2022:70|2023:80,5");
                settings.Should().Contain("data_closing;decree09");
            }
            else
            {
                text.Should().StartWith(TrajectoryHeader + "\nRATE,,linear,2020,60,2025,90,\n");
            }
        }
    }

    [Fact]
    public void A_scorecard_without_trajectories_has_no_trajectories_csv_and_a_stale_one_is_removed()
    {
        using var folder = new CsvFolder();
        var plain = ScorecardCsv.ReadFolder(folder.Path).EnsureValid();
        folder.Write("trajectories.csv", Trajectories);

        ScorecardCsv.WriteFolder(plain, folder.Path, DecimalSeparator.Point);

        File.Exists(folder.File("trajectories.csv")).Should().BeFalse("the trajectories of another scorecard must not come back with this one");
        File.ReadAllText(folder.File("settings.csv")).Should().NotContain("data_closing");
        ScorecardCsv.ReadFolder(folder.Path).EnsureValid().Trajectories.Should().BeEmpty();
    }

    [Theory]
    [InlineData("RATE,HG,stepwise,2020,60,2025,90,", "{0}:3:3: method 'stepwise': expected 'linear', 'constantGrowth' or 'milestones'.")]
    [InlineData("RATE,HG,linear,2020,60,2019,90,", "{0}:3:6: end_year '2019': the end year 2019 must be after the baseline year 2020.")]
    [InlineData("RATE,HG,milestones,2020,60,2025,90,2022:70|2026:95", "{0}:3:8: milestones '2022:70|2026:95': Milestone 1 (2026: 95) must be before the end target's year 2025.")]
    [InlineData("RATE,HG,linear,2020,60,2025,90,2022:70", "{0}:3:8: milestones '2022:70': milestones are given only with the method 'milestones'")]
    [InlineData("RATE,HG,milestones,2020,60,2025,90,2022-70", "{0}:3:8: milestones '2022-70': expected milestones as year:value")]
    [InlineData("NONE,HG,linear,2020,60,2025,90,", "{0}:3:1: indicator 'NONE': the indicator 'NONE' is not in the catalog.")]
    [InlineData("RATE,XX,linear,2020,60,2025,90,", "{0}:3:2: unit 'XX': the unit 'XX' is not registered.")]
    [InlineData("RATE,HG,linear,2020.5,60,2025,90,", "{0}:3:4: baseline_year '2020.5': expected a year")]
    [InlineData("RATE,HG,linear,2020,,2025,90,", "{0}:3:5: baseline_value: the cell is empty but a value is required.")]
    [InlineData("RATE,HG,constantGrowth,2020,0,2025,90,", "{0}:3:5: baseline_value '0': A constant-growth trajectory cannot start from a baseline value of 0")]
    [InlineData("RATE,,linear,2020,50,2025,80,", "{0}:3:1: indicator 'RATE': an earlier trajectory has the same indicator for every unit.")]
    public void A_bad_trajectory_is_reported_at_its_cell_and_left_out(string row, string expected)
    {
        using var folder = new CsvFolder();
        folder.Write("trajectories.csv", TrajectoryHeader + "\nRATE,,linear,2020,60,2025,90,\n" + row);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().ContainSingle().Which.ToString().Should().StartWith(string.Format(expected, folder.File("trajectories.csv")));
        result.Scorecard.Trajectories.Should().ContainSingle().Which.Trajectory.Baseline.Value.Should().Be(60m, "the good row is kept");
    }

    [Theory]
    [InlineData("data_closing,decree9x")]
    [InlineData("data_closing,28")]
    public void A_bad_closing_setting_is_reported_at_its_cell(string setting)
    {
        using var folder = new CsvFolder(settings: CsvFolder.Settings + "\n" + setting);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        var problem = result.Problems.Should().ContainSingle().Subject;
        (problem.Location.File, problem.Location.Line, problem.Location.Column).Should().Be((folder.File("settings.csv"), 3, 2));
        problem.Message.Should().Contain("'decree09'").And.Contain("'calendarPeriod'");
        result.Scorecard.DataClosingRule.Should().BeNull();
    }

    [Fact]
    public void A_closing_day_of_its_own_and_the_calendar_period_are_read()
    {
        using var own = new CsvFolder(settings: CsvFolder.Settings + "\ndata_closing,20");
        using var calendar = new CsvFolder(settings: CsvFolder.Settings + "\ndata_closing,calendar_period");

        ScorecardCsv.ReadFolder(own.Path).EnsureValid().DataClosingRule!.ClosingDay.Should().Be(20);
        ScorecardCsv.ReadFolder(calendar.Path).EnsureValid().DataClosingRule.Should().Be(DataClosingRule.CalendarPeriod);
    }
}
