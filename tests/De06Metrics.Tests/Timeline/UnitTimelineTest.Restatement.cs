using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using static De06Metrics.Tests.Timeline.Reform2025;

namespace De06Metrics.Tests.Timeline;

public class UnitTimelineRestatementTest
{
    private static readonly ReportingPeriod Q1 = Quarter(2025, 1);
    private static readonly ReportingPeriod Q2 = Quarter(2025, 2);
    private static readonly ReportingPeriod Q3 = Quarter(2025, 3);
    private static readonly LocalDate Q3End = new(2025, 9, 30);

    // Quarterly online-dossier rates, the two provinces apart until 30/6/2025, the merged province from 1/7/2025:
    // HG Q1 4.200/6.000 (70%), TQ Q1 5.400/7.200 (75%), HG Q2 4.800/6.400 (75%), TQ Q2 6.000/7.500 (80%), TQ Q3 11.200/14.000 (80%).
    private static readonly Observation[] Reported = OnlineRates2025();

    [Fact]
    public void Merged_provinces_rates_are_restated_by_adding_numerators_and_denominators()
    {
        var restatement = History().Restate(Online, Reported, ProvincesOperate);

        // Q1: (4.200 + 5.400) / (6.000 + 7.200) = 9.600 / 13.200 = 72,7272…%, not the 72,5% mean of 70% and 75%.
        var q1 = restatement.Find(Id("TQ"), Q1)!;
        q1.IsRestated.Should().BeTrue();
        q1.Value!.Value.Numerator.Should().Be(9_600);
        q1.Value!.Value.Denominator.Should().Be(13_200);
        decimal.Round(q1.Value!.Value.Value, 4).Should().Be(72.7273m);
        q1.Originals.Select(o => o.Unit.Value).Should().BeEquivalentTo(["HG", "TQ"]);
        q1.Events.Should().ContainSingle().Which.Source.Document.Should().Be("202/2025/QH15");
        q1.IsAsReported.Should().BeFalse();

        // Q2: (4.800 + 6.000) / (6.400 + 7.500) = 10.800 / 13.900 = 77,6978…%, not 77,5%.
        var q2 = restatement.Find(Id("TQ"), Q2)!;
        q2.Value!.Value.Numerator.Should().Be(10_800);
        q2.Value!.Value.Denominator.Should().Be(13_900);
        decimal.Round(q2.Value!.Value.Value, 4).Should().Be(77.6978m);

        // Q3 was reported by the merged province itself: carried as reported.
        var q3 = restatement.Find(Id("TQ"), Q3)!;
        q3.IsAsReported.Should().BeTrue();
        q3.Value.Should().Be(MeasuredValue.FromRateParts(11_200, 14_000));

        restatement.Figures.Should().HaveCount(3);
        restatement.Problems.Should().BeEmpty();
        restatement.Find(Id("HG"), Q1).Should().BeNull("Hà Giang is no unit of 1/7/2025");
        restatement.Reported.Should().Equal(Reported);
    }

    [Fact]
    public void The_restated_base_makes_growth_compare_like_with_like()
    {
        var timeline = History();

        // Q3 2025 against Q2 2025: the province changed in between, so the base must be restated.
        timeline.ChangesBetween(Id("TQ"), Q2.End, Q3.End).Should().NotBeEmpty();
        var q2 = timeline.RestateFor(Online, Reported, Id("TQ"), Q2, Q3End);

        // 80% − 77,6978…% = +2,30 points for the province as it is; the old Tuyên Quang alone (80%) would show 0.
        var change = global::De06Metrics.Measures.Rate.FromParts(11_200, 14_000) - q2.Value!.Value.ToRate();
        decimal.Round(change.Value, 2).Should().Be(2.30m);

        var observation = q2.ToObservation();
        observation.Unit.Should().Be(Id("TQ"));
        observation.Period.Should().Be(Q2);
        observation.Value.Should().Be(MeasuredValue.FromRateParts(10_800, 13_900));
        observation.AsOf.Should().BeNull();
        observation.Source.Should().BeNull();

        var none = timeline.RestateFor(Online, Reported, Id("TQ"), Quarter(2024, 4), Q3End);
        none.Issue.Should().Be(RestatementIssue.NoData);
        none.Reason.Should().Be("No reported figure for Q4 2024 counted to 2024-12-31 flows into 'TQ' as of 2025-09-30.");
        var act = () => none.ToObservation();
        act.Should().Throw<InvalidOperationException>().WithMessage("*'TQ'*not restated*No reported figure*");

        var gone = () => timeline.RestateFor(Online, Reported, Id("HG"), Q2, Q3End);
        gone.Should().Throw<ArgumentException>().WithParameterName("unit").WithMessage("Unit 'HG' is not in force on 2025-09-30 (it is in force … – 2025-06-30)*");
    }

    [Fact]
    public void In_the_units_of_30_June_2025_the_quarters_before_the_merger_are_as_reported()
    {
        var restatement = History().Restate(Online, Reported.Take(4), DayBefore);

        restatement.Figures.Should().HaveCount(4).And.OnlyContain(f => f.IsAsReported);
        restatement.Find(Id("HG"), Q1)!.Value.Should().Be(MeasuredValue.FromRateParts(4_200, 6_000));
    }

    [Fact]
    public void A_merged_unit_missing_a_predecessors_figure_is_not_restated_from_the_part()
    {
        var figure = History().Restate(Online, [Rate("TQ", Q1, 5_400, 7_200)], ProvincesOperate).Figures.Single();

        figure.Issue.Should().Be(RestatementIssue.MissingPredecessorFigures);
        figure.Value.Should().BeNull();
        figure.Reason.Should().Be(
            "'TQ' as of 2025-07-01 covers 'TQ', 'HG' as they stood on 2025-03-31, but no figure was given for 'HG' in Q1 2025 counted to 2025-03-31; a part is not the whole.");
        figure.Originals.Select(o => o.Unit.Value).Should().Equal("TQ");
    }

    [Fact]
    public void A_rate_without_parts_is_never_averaged_into_a_merged_rate()
    {
        Observation[] reported = [new(OnlineCode, Id("HG"), Q1, MeasuredValue.Of(70m)), Rate("TQ", Q1, 5_400, 7_200)];

        var figure = History().Restate(Online, reported, ProvincesOperate).Figures.Single();

        figure.Issue.Should().Be(RestatementIssue.MissingParts);
        figure.Value.Should().BeNull();
        figure.Reason.Should().Be(
            "'TQ' combines 'TQ', 'HG', but 'HG' (70) has no numerator and denominator; indicator 'DVC.ONLINE' combines by its parts (AddNumeratorsAndDenominators), never by averaging percentages.");
        figure.Contributions.Select(c => c.Original).Should().BeEquivalentTo(reported);
    }

    [Fact]
    public void Departments_merged_from_1_March_2025_add_their_counts()
    {
        var q4 = Quarter(2024, 4);
        Observation[] reported =
        [
            Count("HG.STC", q4, 300), Count("HG.SKHDT", q4, 120),
            Count("TQ.STC", q4, 250), Count("TQ.SKHDT", q4, 80),
        ];
        var timeline = History();

        // In the units of 1/3/2025: each province's finance department absorbed its planning department.
        var march = timeline.Restate(Records, reported, DepartmentsMerged);
        march.Figures.Select(f => (f.Unit.Value, f.Value!.Value.Value)).Should().Equal(("HG.STC", 420m), ("TQ.STC", 330m));

        // In the units of 1/7/2025, one finance department: 300 + 120 + 250 + 80 = 750.
        var july = timeline.Restate(Records, reported, ProvincesOperate);
        var merged = july.Figures.Should().ContainSingle().Subject;
        merged.Unit.Should().Be(Id("TQ.STC"));
        merged.Value.Should().Be(MeasuredValue.Of(750m));
        merged.Events.Select(e => e.EffectiveOn).Should().Equal(DepartmentsMerged, DepartmentsMerged, ProvincesOperate);
        merged.Contributions.Should().OnlyContain(c => c.Share == 1m);
    }

    [Fact]
    public void An_abolished_districts_own_figure_is_not_carried_while_its_communes_figures_carry_on()
    {
        Observation[] reported = [Count("HG.BQ", Q2, 500), Count("HG.BQ.VQ", Q2, 300), Count("HG.BQ.TT", Q2, 200)];

        var restatement = History().Restate(Records, reported, ProvincesOperate);

        restatement.Find(Id("HG.BQ.VQ"), Q2)!.IsAsReported.Should().BeTrue();
        restatement.Find(Id("HG.BQ.TT"), Q2)!.Value.Should().Be(MeasuredValue.Of(200m));
        var district = restatement.Find(Id("HG.BQ"), Q2)!;
        district.Issue.Should().Be(RestatementIssue.NotCarried);
        district.Reason.Should().StartWith("The figure of 'HG.BQ' for Q2 2025 counted to 2025-06-30 passes to no unit as of 2025-07-01: 'HG.BQ' was abolished (the abolition of 'HG.BQ'");
        district.Reason.Should().EndWith("its own figures pass to no unit, while its children's figures carry on under their own ids.");
        district.Originals.Should().Equal(reported[0]);
        restatement.Figures.SelectMany(f => f.Originals).Should().BeEquivalentTo(reported, "every reported figure is accounted for");
    }

    [Fact]
    public void A_function_moves_its_indicators_figures_to_the_unit_that_took_it()
    {
        var year = ReportingPeriod.ForYear(2024);
        Observation Press(string unit, decimal count) => new(PressCode, Id(unit), year, MeasuredValue.Of(count));
        var press = new Indicator(PressCode, new LocalizedText("Số giấy phép báo chí"), Measure.Count(), Polarity.HigherIsBetter, 0);

        // Culture held no press function in 2024: its zero is reported, so the sum is known, 0 + 50 = 50.
        var restatement = History().Restate(press, [Press("HG.STTTT", 50), Press("HG.SVHTTDL", 0), Press("HG.SKHCN", 0)], DepartmentsMerged);

        restatement.Find(Id("HG.SVHTTDL"), year)!.Value.Should().Be(MeasuredValue.Of(50m));
        restatement.Find(Id("HG.SKHCN"), year)!.IsAsReported.Should().BeTrue("science and technology took the rest of the department, not its press function");
    }

    [Fact]
    public void A_split_with_shares_scales_counts_and_both_parts_of_a_rate()
    {
        // Resolution 22/2003/QH11 divided Đắk Lắk into Đắk Lắk and Đắk Nông from 1/1/2004; the shares are illustrative.
        var initial = UnitRegistry.Create([Unit("DL", "Tỉnh Đắk Lắk", UnitKind.Province)]);
        var split = new UnitSplit(Id("DL"),
            [SplitPart.ToExisting(Id("DL"), 0.7m), SplitPart.ToNew(Unit("DN", "Tỉnh Đắk Nông", UnitKind.Province), 0.3m)],
            new LocalDate(2004, 1, 1), new SourceReference("22/2003/QH11", new LocalDate(2003, 11, 26)));
        var timeline = UnitTimeline.Create(initial, [split]);
        var year = ReportingPeriod.ForYear(2003);
        var split2004 = new LocalDate(2004, 1, 1);

        // 1.000 dossiers: 1.000 × 0,7 = 700 and 1.000 × 0,3 = 300.
        var counts = timeline.Restate(Records, [new Observation(RecordsCode, Id("DL"), year, MeasuredValue.Of(1_000m))], split2004);
        counts.Figures.Select(f => (f.Unit.Value, f.Value!.Value.Value)).Should().Equal(("DL", 700m), ("DN", 300m));
        counts.Find(Id("DN"), year)!.Contributions.Single().Share.Should().Be(0.3m);

        // 450/600 = 75%: 315/420 and 135/180, both still 75%.
        var rates = timeline.Restate(Online, [new Observation(OnlineCode, Id("DL"), year, MeasuredValue.FromRateParts(450, 600))], split2004);
        rates.Find(Id("DL"), year)!.Value.Should().Be(MeasuredValue.FromRateParts(315, 420));
        rates.Find(Id("DN"), year)!.Value.Should().Be(MeasuredValue.FromRateParts(135, 180));
        rates.Figures.Should().OnlyContain(f => f.Value!.Value.Value == 75m);

        // A bare 75% has no parts to take a share of.
        var bare = timeline.Restate(Online, [new Observation(OnlineCode, Id("DL"), year, MeasuredValue.Of(75m))], split2004);
        var dakNong = bare.Find(Id("DN"), year)!;
        dakNong.Issue.Should().Be(RestatementIssue.CannotApportion);
        dakNong.Reason.Should().Be("'DL' has a rate of 75% with no numerator and denominator, so its share 0.3 cannot be taken.");
        dakNong.Contributions.Single().Value.Should().BeNull();
    }

    [Fact]
    public void A_split_by_children_rebuilds_each_part_from_its_childrens_figures()
    {
        // District D splits on 1/1/2024: it keeps communes C1 and C2, new district E takes C3.
        var initial = UnitRegistry.Create(
        [
            Unit("P", "Tỉnh", UnitKind.Province), Unit("D", "Huyện D", UnitKind.District, "P"),
            Unit("C1", "Xã 1", UnitKind.Commune, "D"), Unit("C2", "Xã 2", UnitKind.Commune, "D"), Unit("C3", "Xã 3", UnitKind.Commune, "D"),
        ]);
        var split = new UnitSplit(Id("D"),
            [SplitPart.ToExisting(Id("D"), null, [Id("C1"), Id("C2")]), SplitPart.ToNew(Unit("E", "Huyện E", UnitKind.District, "P"), null, [Id("C3")])],
            new LocalDate(2024, 1, 1), DepartmentDecision);
        var timeline = UnitTimeline.Create(initial, [split]);
        var year = ReportingPeriod.ForYear(2023);
        Observation[] reported = [Count("D", year, 600), Count("C1", year, 100), Count("C2", year, 200), Count("C3", year, 300)];

        var restatement = timeline.Restate(Records, reported, new LocalDate(2024, 1, 1));

        // D after the split = C1 + C2 = 100 + 200 = 300; E = C3 = 300; D's own 600 covered all three and passes to neither.
        restatement.Find(Id("D"), year)!.Value.Should().Be(MeasuredValue.Of(300m));
        restatement.Find(Id("E"), year)!.Value.Should().Be(MeasuredValue.Of(300m));
        restatement.Find(Id("C3"), year)!.IsAsReported.Should().BeTrue();
        var own = restatement.Problems.Should().ContainSingle().Subject;
        own.Issue.Should().Be(RestatementIssue.NotCarried);
        own.Originals.Should().Equal(reported[0]);
        own.Reason.Should().Contain("'D' was split by assigning its children");
        timeline.AsOf(new LocalDate(2024, 1, 1)).ParentOf(Id("C3"))!.Id.Should().Be(Id("E"));
    }

    [Fact]
    public void An_indicator_that_does_not_roll_up_is_not_combined_and_a_rank_is_not_carried()
    {
        var scoreCode = new IndicatorCode("PAR.INDEX");
        var score = new Indicator(scoreCode, new LocalizedText("Chỉ số cải cách hành chính"), Measure.Score(100), Polarity.HigherIsBetter, 2);
        Observation[] scores = [new(scoreCode, Id("HG"), Q1, MeasuredValue.Of(85.5m)), new(scoreCode, Id("TQ"), Q1, MeasuredValue.Of(88m))];
        var combined = History().Restate(score, scores, ProvincesOperate).Figures.Single();
        combined.Issue.Should().Be(RestatementIssue.DoesNotRollUp);
        combined.Reason.Should().StartWith("Indicator 'PAR.INDEX' does not roll up, so the figures of 'TQ', 'HG' cannot be combined into 'TQ'");

        var rankCode = new IndicatorCode("PAR.RANK");
        var rank = new Indicator(rankCode, new LocalizedText("Xếp hạng"), Measure.Rank, Polarity.LowerIsBetter, 0);
        var ranked = History().Restate(rank, [new Observation(rankCode, Id("TQ"), Q1, MeasuredValue.FromRank(11, 63))], ProvincesOperate).Figures.Single();
        ranked.Issue.Should().Be(RestatementIssue.RankNotRestated);
        ranked.Reason.Should().Contain("rank them again in the field as of 2025-07-01");
    }

    [Fact]
    public void A_merged_figure_cannot_be_split_back_and_a_figure_of_a_unit_no_longer_in_force_is_flagged()
    {
        var timeline = History();
        Observation[] reported = [Rate("TQ", Q3, 11_200, 14_000), Count("HG.BQ.VQ", Q3, 310)];

        var earlier = timeline.Restate(Online, [reported[0]], DayBefore).Figures.Single();
        earlier.Issue.Should().Be(RestatementIssue.EarlierUnits);
        earlier.Reason.Should().Contain("cannot be expressed in the units of the earlier date 2025-06-30: 'TQ' changed in between (by the merger of 'HG' into 'TQ'");

        var commune = timeline.Restate(Records, [reported[1]], DayBefore).Figures.Single();
        commune.IsAsReported.Should().BeTrue("the commune's figures did not change when it moved under the province");

        var late = timeline.Restate(Online, [Rate("HG", Q3, 1, 2)], Q3End).Figures.Single();
        late.Issue.Should().Be(RestatementIssue.UnitNotInForce);
        late.Reason.Should().Be("'HG' is reported for Q3 2025 counted to 2025-09-30, but it is not in force on 2025-09-30 (it is in force … – 2025-06-30).");
    }

    [Fact]
    public void Observations_are_read_in_the_units_of_their_last_counted_day()
    {
        // Counted to 10/3/2025 and to 31/3/2025, the same quarter's figures are two batches; each needs both provinces.
        var tenth = new LocalDate(2025, 3, 10);
        Observation[] reported =
        [
            new(OnlineCode, Id("HG"), Q1, MeasuredValue.FromRateParts(3_000, 4_000), tenth),
            new(OnlineCode, Id("TQ"), Q1, MeasuredValue.FromRateParts(4_000, 5_000), tenth),
            Rate("TQ", Q1, 5_400, 7_200),
        ];

        var restatement = History().Restate(Online, reported, ProvincesOperate);

        // To 10/3: 7.000/9.000; to 31/3, Hà Giang's figure is missing.
        restatement.Find(Id("TQ"), Q1, tenth)!.Value.Should().Be(MeasuredValue.FromRateParts(7_000, 9_000));
        restatement.Find(Id("TQ"), Q1, tenth)!.ToObservation().AsOf.Should().Be(tenth);
        restatement.Find(Id("TQ"), Q1)!.Issue.Should().Be(RestatementIssue.MissingPredecessorFigures);
    }

    [Fact]
    public void Bad_observations_are_refused_naming_them()
    {
        var timeline = History();
        var other = () => timeline.Restate(Records, Reported, ProvincesOperate);
        other.Should().Throw<ArgumentException>().WithParameterName("observations").WithMessage("Observation 0 (DVC.ONLINE HG Q1 2025*) is of indicator 'DVC.ONLINE', not 'HS.TIEPNHAN'.*");
        var twice = () => timeline.Restate(Online, [.. Reported, Rate("HG", Q1, 1, 2)], ProvincesOperate);
        twice.Should().Throw<ArgumentException>().WithMessage("Observations 0 and 5 are both for 'HG' in Q1 2025 counted to 2025-03-31.*");
        var unknown = () => timeline.Restate(Online, [Rate("XX", Q1, 1, 2)], ProvincesOperate);
        unknown.Should().Throw<ArgumentException>().WithMessage("*unit 'XX', which the timeline does not know.*");
        var unfit = () => timeline.Restate(Online, [new Observation(OnlineCode, Id("HG"), Q1, MeasuredValue.Of(120m))], ProvincesOperate);
        unfit.Should().Throw<ArgumentException>().WithMessage("*does not fit indicator 'DVC.ONLINE': this rate cannot exceed 100%*");
    }
}
