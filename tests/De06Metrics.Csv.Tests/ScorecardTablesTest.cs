using System.Text;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Text;
using De06Metrics.Tests.Serialization;
using De06Metrics.Units;

namespace De06Metrics.Csv.Tests;

/// <summary>
/// Defects found by the reliability round-trip properties (tests/De06Metrics.Tests.Reliability/Properties/SerializationProperties.cs)
/// in the tabular form.
/// </summary>
public class ScorecardTablesTest
{
    /// <summary>
    /// A coordinating unit whose id holds ';' or ',' was written into the list cell as it is and read back as two ids.
    /// The table writer now refuses it, naming the unit, rather than write a list that reads back as other units.
    /// </summary>
    [Fact]
    public void A_coordinating_unit_whose_id_holds_a_list_separator_is_refused_by_the_table_writer_not_split()
    {
        var units = UnitRegistry.Create(
        [
            new ResponsibleUnit(new UnitId("HG"), new LocalizedText("Tỉnh Hà Giang"), UnitKind.Province),
            new ResponsibleUnit(new UnitId("Sở A;B"), new LocalizedText("Sở A và B"), UnitKind.Department, new UnitId("HG")),
        ]);
        var indicator = new Indicator(new IndicatorCode("X"), new LocalizedText("X"), Measure.Rate, Polarity.HigherIsBetter,
            responsibility: new Responsibility(new UnitId("HG"), [new UnitId("Sở A;B")]));
        var scorecard = Scorecard.Create([indicator], units, [], []);

        var act = () => ScorecardTables.RowsOf(scorecard, ScorecardTable.Indicators, DecimalSeparator.Comma).ToList();

        act.Should().Throw<ArgumentException>().WithParameterName("responsibility").WithMessage("*'Sở A;B'*separated by ';' or ','*");
        ScorecardJson.Read(Encoding.UTF8.GetBytes(ScorecardJson.ToJson(scorecard)), "list.json").EnsureValid().ShouldHoldTheSameItems(scorecard);
    }
}
