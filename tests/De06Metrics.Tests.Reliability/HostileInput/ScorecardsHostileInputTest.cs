using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reliability.HostileInput;

/// <summary>A scorecard checks its rows as a whole: every bad row is reported, and the good rows are not blamed.</summary>
public class ScorecardsHostileInputTest
{
    private static readonly UnitRegistry Units = Catalog.Province(2, 2);
    private static readonly UnitId Province = new("HG");

    [Fact]
    public void Null_arguments_and_null_rows_are_refused_naming_the_argument_and_the_row()
    {
        Expect.ArgumentError(() => Scorecard.Create(null!, Units, [], []), "indicators");
        Expect.ArgumentError(() => Scorecard.Create([], (UnitRegistry)null!, [], []), "units");
        Expect.ArgumentError(() => Scorecard.Create([], (UnitTimeline)null!, [], []), "timeline");
        Expect.ArgumentError(() => Scorecard.Create([], Units, null!, []), "targets");
        Expect.ArgumentError(() => Scorecard.Create([], Units, [], null!), "observations");
        Expect.ArgumentError(() => Scorecard.Create([Catalog.Online, null!], Units, [], []), "indicators", "Item 1");
        Expect.ArgumentError(() => Scorecard.Validate(Catalog.All, Units, [], [null!]), "observations", "Item 0");
        Expect.ArgumentError(() => new ScorecardProblem(" ", "why"), "item");
        Expect.ArgumentError(() => new ScorecardProblem("row", null!), "message");
    }

    [Fact]
    public void Every_bad_row_is_reported_once_and_no_good_row_is_reported()
    {
        var q1 = Catalog.Q1;
        Observation[] good =
        [
            new(Catalog.Online.Code, Province, q1, MeasuredValue.FromRateParts(888m, 1000m)),
            new(Catalog.Records.Code, new UnitId("HG.D0"), q1, MeasuredValue.Of(903_221m)),
            new(Catalog.Place.Code, Province, q1, MeasuredValue.FromRank(11m, 63m)),
        ];
        Observation[] bad =
        [
            new(new IndicatorCode("UNKNOWN"), Province, q1, MeasuredValue.Of(1m)),                      // unknown indicator
            new(Catalog.Online.Code, new UnitId("NOWHERE"), q1, MeasuredValue.Of(50m)),                  // unknown unit
            new(Catalog.Online.Code, Province, q1, MeasuredValue.Of(70m)),                               // duplicate key
            new(Catalog.Records.Code, Province, q1, MeasuredValue.Of(-5m)),                              // negative count
            new(Catalog.Deployed.Code, Province, q1, MeasuredValue.Of(0.5m)),                            // not yes/no
        ];
        Target[] targets =
        [
            new(Catalog.Online.Code, Province, q1, Goal.AtLeast(70m)),
            new(Catalog.Online.Code, Province, q1, Goal.AtLeast(80m)),                                   // duplicate key
            new(Catalog.Deployed.Code, Province, q1, Goal.AtLeast(1m)),                                  // numeric goal on yes/no
            new(Catalog.Online.Code, Province, q1, Goal.AtLeast(120m)),                                  // duplicate, and above 100%
        ];
        Indicator[] indicators = [.. Catalog.All, Catalog.Online];                                       // duplicate code

        var problems = Scorecard.Validate(indicators, Units, targets, [.. good, .. bad]);

        problems.Select(p => p.Item).Should().NotContain(item => item.StartsWith("observation 0 ") || item.StartsWith("observation 1 ") || item.StartsWith("observation 2 ") || item.StartsWith("target 0 "));
        foreach (var row in new[] { "observation 3", "observation 4", "observation 5", "observation 6", "observation 7", "target 1", "target 2", "target 3", "indicator 6" })
        {
            problems.Should().Contain(p => p.Item.StartsWith(row + " "), $"{row} is bad");
        }

        var thrown = FluentActions.Invoking(() => Scorecard.Create(indicators, Units, targets, [.. good, .. bad])).Should().Throw<ScorecardException>().Which;
        thrown.Problems.Should().Equal(problems);
        thrown.Message.Should().Contain("UNKNOWN").And.Contain("NOWHERE").And.Contain("-5");
    }

    [Fact]
    public void A_scorecard_of_good_rows_is_built_and_answers_unknown_keys_plainly()
    {
        var scorecard = Scorecard.Create(Catalog.All, Units, [], [new Observation(Catalog.Online.Code, Province, Catalog.Q1, MeasuredValue.Of(88.8m))]);
        scorecard.FindObservation(new IndicatorKey(Catalog.Online.Code, new UnitId("NOWHERE"), Catalog.Q1)).Should().BeNull();
        scorecard.FindTarget(new IndicatorKey(Catalog.Online.Code, Province, Catalog.Q1)).Should().BeNull();
        Expect.ArgumentError(() => scorecard.GetIndicator(new IndicatorCode("NOPE")), "code", "'NOPE'");
    }
}
