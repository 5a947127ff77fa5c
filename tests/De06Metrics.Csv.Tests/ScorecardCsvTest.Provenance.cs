using De06Metrics.Csv;
using De06Metrics.Indicators;
using NodaTime;

namespace De06Metrics.Csv.Tests;

/// <summary>A figure's status, its note and its publication day in observations.csv: read, written back, every problem at its cell.</summary>
public partial class ScorecardCsvTest
{
    private const string ObservationsWithStatus = """
        indicator,unit,period,value,numerator,denominator,as_of,status,status_note,published_on
        RATE,HG,Quý I/2024,88.8,,,,estimated,ước tính,2024-04-05
        RATE,HG,Quý I/2024,89.1,,,,,,2024-07-10
        RATE,HG,2023,72.3,,,,derived,88.8 − 16.5,
        """;

    [Fact]
    public void Statuses_and_vintages_are_read_and_written_back()
    {
        using var folder = new CsvFolder(observations: ObservationsWithStatus);
        var result = ScorecardCsv.ReadFolder(folder.Path);
        result.Problems.Should().BeEmpty();
        result.Scorecard.Observations.Select(o => (o.Status, o.StatusNote, o.PublishedOn)).Should().Equal(
            (ValueStatus.Estimated, "ước tính", new LocalDate(2024, 4, 5)),
            (ValueStatus.Reported, null, new LocalDate(2024, 7, 10)),
            (ValueStatus.Derived, "88.8 − 16.5", null));

        using var again = new CsvFolder(null, null, null, null, null);
        ScorecardCsv.WriteFolder(result.Scorecard, again.Path, DecimalSeparator.Point);
        ScorecardCsv.ReadFolder(again.Path).Scorecard.Observations.Should().Equal(result.Scorecard.Observations);
    }

    [Theory]
    [InlineData("RATE,HG,Quý II/2024,50,,,,guessed,,", "{0}:3:8: status 'guessed': expected ")]
    [InlineData("RATE,HG,Quý II/2024,50,,,,derived,,", "{0}:3:9: status_note: a derived figure needs a status_note saying how it was worked out.")]
    [InlineData("RATE,HG,Quý II/2024,50,,,,,ghi chú,", "{0}:3:9: status_note 'ghi chú': a reported figure takes no status note")]
    [InlineData("RATE,HG,Quý II/2024,50,,,,,,2024-13-01", "{0}:3:10: published_on '2024-13-01': ")]
    public void A_bad_status_is_reported_at_its_cell(string row, string expected)
    {
        using var folder = new CsvFolder(observations: "indicator,unit,period,value,numerator,denominator,as_of,status,status_note,published_on\nRATE,HG,Quý I/2024,88.8,,,,,,\n" + row);
        var result = ScorecardCsv.ReadFolder(folder.Path);
        result.Problems.Should().ContainSingle().Which.ToString().Should().StartWith(string.Format(expected, folder.File("observations.csv")));
        result.Scorecard.Observations.Should().HaveCount(1);
    }
}
