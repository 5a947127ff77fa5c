using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

/// <summary>A scorecard on a timeline that uses every kind of succession and every optional field, for round trips.</summary>
internal static class TimelineSamples
{
    private static UnitId Id(string id) => new(id);

    private static ResponsibleUnit Unit(string id, string name, UnitKind kind, string? parent = null, string? english = null) =>
        new(Id(id), new LocalizedText(name, english), kind, parent is null ? null : Id(parent));

    public static Scorecard EveryKind(SuccessionDateBasis basis = SuccessionDateBasis.Operational)
    {
        var initial = UnitRegistry.Create(
        [
            Unit("P1", "Tỉnh Một", UnitKind.Province, english: "Province One"),
            Unit("P1.S1", "Sở A", UnitKind.Department, "P1"),
            Unit("P1.S2", "Sở B", UnitKind.Department, "P1"),
            Unit("P1.S3", "Sở C", UnitKind.Department, "P1"),
            Unit("P1.D1", "Huyện Một", UnitKind.District, "P1"),
            Unit("P1.D1.C1", "Xã Một", UnitKind.Commune, "P1.D1"),
            Unit("P2", "Tỉnh Hai", UnitKind.Province),
            Unit("P3", "Tỉnh Ba", UnitKind.Province),
            Unit("P3.C1", "Xã Ba Một", UnitKind.Commune, "P3"),
            Unit("P3.C2", "Xã Ba Hai", UnitKind.Commune, "P3"),
        ]);
        var law = new SourceReference("Luật (ví dụ)");
        var resolution = new SourceReference("202/2025/QH15", new LocalDate(2025, 6, 12), "Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025");
        var decision = new SourceReference("Quyết định (ví dụ)", new LocalDate(2025, 2, 27));
        SuccessionEvent[] events =
        [
            new UnitRename(Id("P1.S3"), new LocalizedText("Sở C mới", "New department C"), new LocalDate(2025, 1, 1), decision),
            new FunctionTransfer(Id("P1.S1"), Id("P1.S2"), [new IndicatorCode("COUNT")], new LocalDate(2025, 3, 1), decision, new LocalizedText("Quản lý báo chí", "Press")),
            UnitMerger.Into([Id("P1.S1")], Id("P1.S2"), new LocalDate(2025, 3, 1), decision),
            new UnitEstablishment(Unit("P1.S4", "Sở D", UnitKind.Department, "P1"), new LocalDate(2025, 3, 15), decision, new LocalDate(2025, 4, 1)),
            UnitMerger.Into([Id("P2")], Id("P1"), new LocalDate(2025, 6, 12), resolution, new LocalDate(2025, 7, 1)),
            new UnitAbolition(Id("P1.D1"), new LocalDate(2025, 7, 1), law, childrenMoveTo: Id("P1"), responsibilitiesTo: Id("P1")),
            new UnitSplit(Id("P3"),
            [
                SplitPart.ToNew(Unit("P3.A", "Tỉnh Ba A", UnitKind.Province), 0.6m, [Id("P3.C1")]),
                SplitPart.ToNew(Unit("P3.B", "Tỉnh Ba B", UnitKind.Province), 0.4m, [Id("P3.C2")]),
            ], new LocalDate(2025, 7, 1), law),
            UnitMerger.IntoNewUnit([Id("P1.S2"), Id("P1.S3")], Unit("P1.S5", "Sở E", UnitKind.Department, "P1"), new LocalDate(2026, 1, 1), decision),
        ];
        var timeline = UnitTimeline.Create(initial, events, basis);
        Indicator[] indicators =
        [
            new(new IndicatorCode("RATE"), new LocalizedText("Tỷ lệ", "Rate"), Measure.Rate, Polarity.HigherIsBetter, 1),
            new(new IndicatorCode("COUNT"), new LocalizedText("Số hồ sơ"), Measure.Count(), Polarity.HigherIsBetter, 0, responsibility: new Responsibility(Id("P1.S1"), [Id("P1.D1")])),
        ];
        var q1 = ReportingPeriod.ForQuarter(2025, 1);
        var q3 = ReportingPeriod.ForQuarter(2025, 3);
        Target[] targets = [new(indicators[0].Code, Id("P1"), q3, Goal.AtLeast(80m), decision, new Responsibility(Id("P1.S1"), [Id("P2")]))];
        Observation[] observations =
        [
            new(indicators[0].Code, Id("P2"), q1, MeasuredValue.FromRateParts(40m, 100m)),
            new(indicators[0].Code, Id("P1"), q1, MeasuredValue.FromRateParts(70m, 100m)),
            new(indicators[0].Code, Id("P1"), q3, MeasuredValue.FromRateParts(110m, 200m)),
            new(indicators[1].Code, Id("P3.A"), q3, MeasuredValue.Of(12m)),
        ];
        return Scorecard.Create(indicators, timeline, targets, observations);
    }

    /// <summary>Checks that two timelines have the same initial tree, date basis and events, field by field.</summary>
    public static void ShouldHoldTheSameTimeline(this UnitTimeline? actual, UnitTimeline? expected)
    {
        if (expected is null)
        {
            actual.Should().BeNull();
            return;
        }

        actual.Should().NotBeNull();
        actual!.Basis.Should().Be(expected.Basis);
        actual.Initial.Units.Should().Equal(expected.Initial.Units);
        actual.Events.Select(Describe).Should().Equal(expected.Events.Select(Describe));
        actual.KnownUnits.Select(id => (id, actual.ValidityOf(id))).Should().Equal(expected.KnownUnits.Select(id => (id, expected.ValidityOf(id))));
    }

    /// <summary>Every field of an event, as text.</summary>
    public static string Describe(SuccessionEvent e)
    {
        var details = e switch
        {
            UnitEstablishment establishment => $"{establishment.Unit} {establishment.Unit.ParentId}",
            UnitMerger merger => $"{merger.NewUnit} {merger.NewUnit?.Kind} {merger.NewUnit?.ParentId} {merger.NewUnit?.Name.English}",
            UnitSplit split => string.Join(" | ", split.Parts.Select(part => $"{part} {part.NewUnit} {part.NewUnit?.Kind} [{string.Join(",", part.Children)}]")),
            UnitRename rename => $"{rename.NewName.Vietnamese} / {rename.NewName.English}",
            FunctionTransfer transfer => $"{transfer.Description?.Vietnamese} / {transfer.Description?.English}",
            UnitAbolition abolition => $"{abolition.ChildrenMoveTo} {abolition.ResponsibilitiesTo}",
            _ => string.Empty,
        };
        return string.Create(CultureInfo.InvariantCulture, $"{e.GetType().Name}: {e} [{e.Source.Note}] {details}");
    }
}
