using De06Metrics.Indicators;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>Queries look rows up in an index built on the first one; they must answer exactly as a scan of the rows.</summary>
public class ScorecardQueriesTest
{
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

    [Fact]
    public void Every_query_answers_as_a_scan_of_the_rows_in_the_rows_order()
    {
        var result = Example.Evaluate(HaGiangExample.Q1);
        result.Rows.Should().NotBeEmpty();

        foreach (var row in result.Rows)
        {
            result.Find(row.Indicator.Code, row.Unit.Id).Should().BeSameAs(row);
        }

        foreach (var unit in result.Rows.Select(row => row.Unit.Id).Distinct())
        {
            result.ForUnit(unit).Should().Equal(result.Rows.Where(row => row.Unit.Id == unit));
        }

        foreach (var indicator in Example.Indicators.Select(indicator => indicator.Code))
        {
            result.ForIndicator(indicator).Should().Equal(result.Rows.Where(row => row.Indicator.Code == indicator));
        }
    }

    [Fact]
    public void What_is_not_there_is_null_or_empty()
    {
        var result = Example.Evaluate(HaGiangExample.Q1);

        result.Find(new IndicatorCode("NO.SUCH"), HaGiangExample.Province).Should().BeNull();
        result.Find(result.Rows[0].Indicator.Code, new UnitId("NOWHERE")).Should().BeNull();
        result.ForUnit(new UnitId("NOWHERE")).Should().BeEmpty();
        result.ForIndicator(new IndicatorCode("NO.SUCH")).Should().BeEmpty();
    }

    [Fact]
    public void Threads_querying_a_fresh_result_at_once_get_the_same_rows()
    {
        var result = Example.Evaluate(HaGiangExample.Q1);
        var first = result.Rows[0];
        var found = new ScorecardRow?[32];

        Parallel.For(0, found.Length, i => found[i] = result.Find(first.Indicator.Code, first.Unit.Id));

        found.Should().OnlyContain(row => ReferenceEquals(row, first));
    }
}
