using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Timeline;

public class UnitTimelinePartlyCarriedTest
{
    /// <summary>
    /// Defect found by the reliability properties (Restating_rates_by_parts_conserves_every_numerator_and_denominator):
    /// a province split 0,7 / 0,3, whose 0,3 part was then abolished, was restated as 0,7 of its figure in the
    /// continuing part and nothing else, so 30% of its numerator and denominator vanished unsaid (a figure passing to
    /// no unit as a whole was listed as NotCarried; a share of one was not). Now the share that passes to no unit is
    /// listed as NotCarried with its share, and the shares of the reported figure add up to 1.
    /// <para>
    /// 4.200/6.000 (70%) split 0,7 → A: 2.940/4.200; 0,3 → B: 1.260/1.800, B abolished: passes to no unit.
    /// </para>
    /// </summary>
    [Fact]
    public void A_share_of_a_figure_that_passes_to_no_unit_is_listed_with_its_share()
    {
        var source = new SourceReference("QĐ 1");
        var split = new UnitSplit(Id("P"), [SplitPart.ToNew(Unit("A", "Tỉnh A", UnitKind.Province), 0.7m), SplitPart.ToNew(Unit("B", "Tỉnh B", UnitKind.Province), 0.3m)], new LocalDate(2025, 7, 1), source);
        var abolition = new UnitAbolition(Id("B"), new LocalDate(2025, 8, 1), source);
        var timeline = UnitTimeline.Create(UnitRegistry.Create([Unit("P", "Tỉnh P", UnitKind.Province)]), [split, abolition]);
        var q2 = ReportingPeriod.ForQuarter(2025, 2);

        var restatement = timeline.Restate(Online, [Rate("P", q2, 4_200m, 6_000m)], new LocalDate(2025, 9, 30));

        restatement.Find(Id("A"), q2)!.Value.Should().Be(MeasuredValue.FromRateParts(2_940m, 4_200m));
        var lost = restatement.Problems.Should().ContainSingle().Which;
        lost.Unit.Should().Be(Id("P"));
        lost.Issue.Should().Be(RestatementIssue.NotCarried);
        lost.Contributions.Should().ContainSingle().Which.Share.Should().Be(0.3m);
        lost.Contributions[0].Value.Should().Be(MeasuredValue.FromRateParts(1_260m, 1_800m));
        lost.Reason.Should().Contain("0.3").And.Contain("'P' had passed to 'B'").And.Contain("abolition of 'B'");
        lost.Events.Should().Equal(abolition);
        restatement.Figures.SelectMany(f => f.Contributions).Sum(c => c.Share).Should().Be(1m);
    }
}
