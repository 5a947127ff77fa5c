using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;
using FsCheck;
using FsCheck.Fluent;

namespace De06Metrics.Tests.Reliability.Support;

internal static partial class Generators
{
    /// <summary>
    /// Text as people type it into a report: Vietnamese letters (composed and decomposed), quotes of both kinds,
    /// commas, semicolons, line breaks, tabs, leading and trailing spaces, a formula, an emoji, a byte order mark.
    /// </summary>
    private static readonly string[] Texts =
    [
        "Tỉnh Hà Giang", "Công an tỉnh", "Sở Tư pháp; \"thí điểm\"", "Xã Minh Xuân, huyện Bắc Quang", "Dòng một\nDòng hai",
        "Dòng một\r\nDòng hai", "Ủy ban nhân dân tỉnh", "Thuế, phí & lệ phí", "=SUM(A1:A9)", "'trích dẫn'", "“ngoặc kép cong” – gạch",
        "Ha\u0300 Giang (tổ hợp)", "a\\b/c", "#1 100%", "1.804.228,5 hồ sơ", "Đề án 06 😀", "\uFEFFĐầu dòng", "Bệnh viện; Trạm y tế, \"số 1\"",
        "  có khoảng trắng ở hai đầu  ", "\tthụt lề", "kết thúc bằng dòng mới\n",
    ];

    private static readonly string[] Ids = ["HG", "HG.CA", "HG.STP", "Xã-01", "ĐV_02", "A B", "Q\"1", "a;b", "x,y", "TQ.SD.SD", "đơn vị 7", "Z"];

    /// <summary>
    /// Valid scorecards: 1–8 units in a tree of every kind, indicators of every measure kind with every roll-up and
    /// polarity that fits, responsibilities, targets of every goal kind the polarity allows, observations with and
    /// without parts, as-of dates, sources, and periods of every kind; text from <see cref="Texts"/>.
    /// </summary>
    public static Gen<Scorecard> Scorecard { get; } =
        from units in Units
        from indicators in Gen.Choose(1, 9).SelectMany(count => Gen.ArrayOf(IndicatorOf(units), count))
        let catalog = indicators.DistinctBy(indicator => indicator.Code).ToArray()
        from periods in Gen.ArrayOf(Period, 3).Select(p => p.Distinct().ToArray())
        from targets in Gen.ArrayOf(TargetOf(catalog, units, periods))
        from observations in Gen.ArrayOf(ObservationOf(catalog, units, periods))
        select Scorecards.Scorecard.Create(
            catalog,
            units,
            targets.DistinctBy(target => target.Key),
            observations.DistinctBy(observation => observation.Key));

    private static Gen<LocalizedText> Text =>
        from vietnamese in Gen.Elements(Texts)
        from english in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Gen.Elements(Texts).Select(t => (string?)("EN " + t))))
        select new LocalizedText(vietnamese, english);

    private static Gen<UnitRegistry> Units =>
        from count in Gen.Choose(1, 8)
        from ids in Gen.Shuffle(Ids).Select(all => all.Take(count).ToArray())
        from names in Gen.ArrayOf(Text, count)
        from kinds in Gen.ArrayOf(Gen.Elements(Enum.GetValues<UnitKind>()), count)
        from parents in Gen.ArrayOf(Gen.Choose(-1, count), count)
        select UnitRegistry.Create(ids.Select((id, i) => new ResponsibleUnit(
            new UnitId(id), names[i], kinds[i],

            // A unit's parent comes before it, so the tree has no cycle; -1 or a later index makes a root.
            parents[i] >= 0 && parents[i] < i ? new UnitId(ids[parents[i]]) : null)));

    private static Gen<Responsibility?> ResponsibilityOf(UnitRegistry units) => Gen.Frequency(
        (1, Gen.Constant<Responsibility?>(null)),
        (2, from order in Gen.Shuffle(units.Units.Select(unit => unit.Id).ToArray())
            from coordinating in Gen.Choose(0, order.Length - 1)
            select (Responsibility?)new Responsibility(order[0], order.Skip(1).Take(coordinating))));

    private static Gen<Indicator> IndicatorOf(UnitRegistry units) =>
        from code in Gen.Elements(Ids).Select(id => "I." + id)
        from name in Text
        from measure in Gen.OneOf(
            Gen.Elements(Measure.Rate, Measure.RateAboveWhole, Measure.Rank, Measure.YesNo),
            from unit in Gen.Frequency((1, Gen.Constant<LocalizedText?>(null)), (2, Text.Select(t => (LocalizedText?)t)))
            from singular in unit is null ? Gen.Constant<string?>(null) : Gen.Elements<string?>(null, "record", "household record", "hồ sơ")
            select Measure.Count(unit, singular),
            from currency in Gen.Elements(Currency.Vnd, Currency.Usd, new Currency("eur"))
            from scale in Gen.Elements(Enum.GetValues<MoneyScale>())
            select Measure.Money(currency, scale),
            Gen.Elements(100m, 87.5m, 10m, 0.0001m, 1_000_000m).Select(Measure.Score))
        from polarity in measure.Kind switch
        {
            MeasureKind.Rank => Gen.Constant(Polarity.LowerIsBetter),
            MeasureKind.YesNo => Gen.Elements(Polarity.HigherIsBetter, Polarity.LowerIsBetter),
            _ => Gen.Elements(Enum.GetValues<Polarity>()),
        }
        from decimals in Gen.Choose(0, Indicator.MaximumDisplayDecimals)
        from rollUp in Gen.Elements(Enum.GetValues<RollUpRule>().Where(rule => Indicator.CanRollUp(measure, rule)).Select(rule => (RollUpRule?)rule).Append(null).ToArray())
        from responsibility in ResponsibilityOf(units)
        select new Indicator(new IndicatorCode(code), name, measure, polarity, decimals, rollUp, responsibility);

    /// <summary>A value the measure accepts, plain or with parts, with every scale of decimals.</summary>
    private static Gen<MeasuredValue> ValueOf(Measure measure) => measure.Kind switch
    {
        MeasureKind.Rate => Gen.OneOf(
            Gen.Choose(0, measure.AllowsAboveWhole ? 30_000 : 1_000).Select(i => MeasuredValue.Of(i / 10m)),
            Gen.Elements(0m, 100m, 100.00m, 88.80m, 0.0000000000000000000000000001m, 99.99999999999999999999999999m).Select(MeasuredValue.Of),
            from denominator in Gen.Choose(1, 1_000_000)
            from share in Gen.Choose(0, measure.AllowsAboveWhole ? 3_000 : 1_000)
            let numerator = Math.Round((decimal)denominator * share / 1_000m)
            select MeasuredValue.FromRateParts(numerator, denominator)),
        MeasureKind.Count => Gen.OneOf(
            Gen.Choose(0, 2_000_000).Select(i => MeasuredValue.Of(i)),
            Gen.Elements(0m, 903_221m, 1_804_228.5m, 79_228_162_514_264_337_593_543_950_335m).Select(MeasuredValue.Of),
            from total in Gen.Choose(1, 1_000)
            from count in Gen.Choose(0, 1_000)
            select MeasuredValue.FromCountOfTotal(Math.Min(count, total), total)),
        MeasureKind.Money => Gen.OneOf(
            Gen.Choose(-2_000_000, 2_000_000).Select(i => MeasuredValue.Of(i * 1_000.125m)),
            Gen.Elements(0m, 2_527_000_000_000m, -2_527_000.125m, 1_000_000_000_000_000_000m, 0.01m).Select(MeasuredValue.Of)),
        MeasureKind.Score => Gen.Choose(0, 1_000).Select(i => MeasuredValue.Of(Math.Round(measure.MaximumScore * i / 1_000m, 6))),
        MeasureKind.Rank => Gen.OneOf(
            Gen.Choose(1, 63).Select(i => MeasuredValue.Of(i)),
            from position in Gen.Choose(1, 63)
            from field in Gen.Choose(position, 100)
            select MeasuredValue.FromRank(position, field)),
        _ => Gen.Elements(true, false).Select(MeasuredValue.FromBoolean),
    };

    private static Gen<SourceReference?> Source => Gen.Frequency(
        (1, Gen.Constant<SourceReference?>(null)),
        (2, from document in Gen.Elements(Texts)
            from issued in Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (2, Gen.Choose(0, 20_000).Select(d => (LocalDate?)new LocalDate(1980, 1, 1).PlusDays(d))))
            from note in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Gen.Elements(Texts).Select(t => (string?)t)))
            select (SourceReference?)new SourceReference(document, issued, note)));

    private static Gen<Target> TargetOf(Indicator[] indicators, UnitRegistry units, ReportingPeriod[] periods) =>
        from indicator in Gen.Elements(indicators)
        from unit in Gen.Elements(units.Units.Select(u => u.Id).ToArray())
        from period in Gen.Elements(periods)
        from values in Gen.Two(ValueOf(indicator.Measure).Select(v => v.Value))
        from tolerance in Gen.Elements(0m, 0.5m, 2m, 0.25m)
        from yes in Gen.Elements(true, false)
        from exactly in Gen.Elements(true, false)
        let goal = indicator.Measure.Kind == MeasureKind.YesNo ? (yes ? Goal.Yes() : Goal.No()) : indicator.Polarity switch
        {
            Polarity.HigherIsBetter => Goal.AtLeast(values.Item1),
            Polarity.LowerIsBetter => Goal.AtMost(values.Item1),
            _ when exactly => Goal.Exactly(values.Item1, tolerance),
            _ => Goal.Between(Math.Min(values.Item1, values.Item2), Math.Max(values.Item1, values.Item2)),
        }
        from source in Source
        from responsibility in ResponsibilityOf(units)
        select new Target(indicator.Code, unit, period, goal, source, responsibility);

    private static Gen<Observation> ObservationOf(Indicator[] indicators, UnitRegistry units, ReportingPeriod[] periods) =>
        from indicator in Gen.Elements(indicators)
        from unit in Gen.Elements(units.Units.Select(u => u.Id).ToArray())
        from period in Gen.Elements(periods)
        from value in ValueOf(indicator.Measure)
        from day in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(0, Math.Min(3_000, NodaTime.Period.DaysBetween(period.Start, period.End)))))
        from source in Source
        select new Observation(indicator.Code, unit, period, value, day < 0 ? null : period.Start.PlusDays(day), source);
}
