using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
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

    /// <summary>
    /// Defect found: validating a scorecard with an amount further from its target than decimal holds (money may be
    /// negative) found no problem, and evaluating it then refused the whole scorecard: <c>de06 validate</c> said "no
    /// problems" and <c>de06 report</c> aborted. The scorecard's check now applies the evaluation's margin rule, so
    /// validation finds the row, and a scorecard that is built evaluates.
    /// </summary>
    [Fact]
    public void An_amount_further_from_its_target_than_decimal_holds_is_found_by_validation()
    {
        var spend = Catalog.Budget.Code;
        var district = Units.ChildrenOf(Province)[0].Id;
        Target[] targets = [new(spend, Province, Catalog.Q1, Goal.AtMost(decimal.MaxValue)), new(spend, district, Catalog.Q1, Goal.AtMost(0m))];
        // −7,9 × 10^28 against at most 7,9 × 10^28: the margin 7,9 × 10^28 + 7,9 × 10^28 passes the range. Against at
        // most 0 the margin is 7,9 × 10^28, which fits.
        Observation[] observations = [new(spend, Province, Catalog.Q1, MeasuredValue.Of(decimal.MinValue)), new(spend, district, Catalog.Q1, MeasuredValue.Of(decimal.MinValue))];

        var problem = Scorecard.Validate(Catalog.All, Units, targets, observations).Should().ContainSingle().Which;

        problem.Item.Should().StartWith("observation 0");
        problem.Message.Should().Contain("-79228162514264337593543950335").And.Contain("its target's goal").And.Contain("range");
        FluentActions.Invoking(() => Scorecard.Create(Catalog.All, Units, targets, observations)).Should().Throw<ScorecardException>()
            .Which.Problems.Should().Equal(problem);
        var sound = Scorecard.Create(Catalog.All, Units, targets[1..], observations[1..]);
        sound.Evaluate(Catalog.Q1).Find(spend, district)!.Evaluation!.Margin.Should().Be(decimal.MaxValue);
    }

    /// <summary>
    /// Defect found: a value rolled up from the children (none is reported for the province) could lie further from the
    /// province's target than decimal holds, which validation cannot see, since the value exists only once evaluated;
    /// evaluating then refused the whole scorecard. The rolled-up value is now set aside as out of range, with the
    /// reason, and every other row is evaluated.
    /// </summary>
    [Fact]
    public void A_rolled_up_amount_further_from_its_target_than_decimal_holds_is_out_of_range_not_an_abort()
    {
        var spend = Catalog.Budget.Code;
        var districts = Units.ChildrenOf(Province).Select(unit => unit.Id).ToArray();
        // Each district spends −3,9 × 10^28, so the province's sum is −7,8 × 10^28, which fits; against at most
        // 7,9 × 10^28 its margin is 7,9 × 10^28 + 7,8 × 10^28 = 1,57 × 10^29, past decimal's ±7,9 × 10^28.
        var half = -39_000_000_000_000_000_000_000_000_000m;
        Target[] targets = [new(spend, Province, Catalog.Q1, Goal.AtMost(79_000_000_000_000_000_000_000_000_000m))];
        Observation[] observations = [.. districts.Select(district => new Observation(spend, district, Catalog.Q1, MeasuredValue.Of(half)))];
        var scorecard = Scorecard.Create(Catalog.All, Units, targets, observations);

        var result = scorecard.Evaluate(Catalog.Q1);

        var province = result.Find(spend, Province)!;
        province.Actual.Should().BeNull();
        province.Status.Should().Be(TargetStatus.NoData);
        province.MissingValueReason.Should().Be(NotMeaningfulReason.OutOfRange);
        province.DerivationProblem.Should().Contain("-78000000000000000000000000000").And.Contain("range");
        province.DescribeValue(Language.Vietnamese).Should().StartWith("không tổng hợp được số liệu vì kết quả quá lớn");
        province.PeerRank.Should().BeNull("a value set aside is not ranked");
        result.Find(spend, districts[0])!.Actual!.Value.Value.Should().Be(half, "the districts' own figures stand");
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
