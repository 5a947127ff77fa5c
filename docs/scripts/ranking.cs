#!/usr/bin/env dotnet
#:project ../../src/De06Metrics/De06Metrics.csproj

// Ranks, rank movements, a composite index and a trend, as docs/notebooks/ranking-and-composite.ipynb tells it.
// The district figures are illustrative; the PAPI ranks are Hà Giang's published ones.
// Run from the repository's root:   dotnet run docs/scripts/ranking.cs
// In English, with the charts saved as SVG files in a folder of your choice:   dotnet run docs/scripts/ranking.cs -- en FOLDER
// Without a folder the charts go to de06-charts under the system's temporary folder; the script prints where.
using De06Metrics.Composite;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Reporting;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

var language = args is ["en", ..] ? Language.English : Language.Vietnamese;
var chartFolder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "de06-charts");

// 1. Rank five districts by their online dossier rate in two years; a district without a value stays unranked.
var online2023 = new Dictionary<string, decimal?> { ["Vị Xuyên"] = 71.5m, ["Bắc Quang"] = 78.0m, ["Quản Bạ"] = 64.2m, ["Đồng Văn"] = 58.9m, ["Mèo Vạc"] = 60.3m };
var online2024 = new Dictionary<string, decimal?> { ["Vị Xuyên"] = 86.1m, ["Bắc Quang"] = 84.0m, ["Quản Bạ"] = 79.5m, ["Đồng Văn"] = 66.0m, ["Mèo Vạc"] = 68.4m };
var ranking2023 = Ranks.ByUnit(online2023, Polarity.HigherIsBetter);
var ranking2024 = Ranks.ByUnit(online2024, Polarity.HigherIsBetter);

Console.WriteLine(language == Language.English ? "Ranking 2024" : "Xếp hạng 2024");
foreach (var (district, rank) in ranking2024.InRankOrder)
{
    Console.WriteLine($"  {rank.ToString(null, language)}  {district}");
}

// 2. How the ranks moved.
var movements = RankMovements.Between(ranking2023, ranking2024);
foreach (var movement in movements)
{
    Console.WriteLine($"  {movement.Key}: {movement.Describe(language)}");
}

var papi = RankChange.Between(new FieldRank(40, 63), new FieldRank(11, 63));
Console.WriteLine($"PAPI: {papi.Previous.Describe(language)} → {papi.Current.Describe(language)}, {papi.Describe(language)}");

// 3. A composite index of three indicators; the late-handling rate is better when lower.
var onlineRate = new Indicator(new IndicatorCode("DVC"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter, 1);
var lateRate = new Indicator(new IndicatorCode("TRE_HAN"), new LocalizedText("Tỷ lệ hồ sơ trễ hạn", "Late handling rate"), Measure.Rate, Polarity.LowerIsBetter, 1);
var paymentRate = new Indicator(new IndicatorCode("THANH_TOAN"), new LocalizedText("Tỷ lệ thanh toán trực tuyến", "Online payment rate"), Measure.Rate, Polarity.HigherIsBetter, 1);
var viXuyen = new UnitId("HG.VX");
var bacQuang = new UnitId("HG.BQ");
var quanBa = new UnitId("HG.QB");
var dongVan = new UnitId("HG.DV");
var table = new IndicatorTableBuilder()
    .Set(viXuyen, onlineRate.Code, 86.1m).Set(viXuyen, lateRate.Code, 3.0m).Set(viXuyen, paymentRate.Code, 52.0m)
    .Set(bacQuang, onlineRate.Code, 84.0m).Set(bacQuang, lateRate.Code, 1.5m).Set(bacQuang, paymentRate.Code, 61.0m)
    .Set(quanBa, onlineRate.Code, 79.5m).Set(quanBa, lateRate.Code, 4.5m).Set(quanBa, paymentRate.Code, 40.0m)
    .Set(dongVan, onlineRate.Code, 66.0m).Set(dongVan, lateRate.Code, 6.0m)
    .ToTable();
var index = new CompositeIndex(
    new LocalizedText("Chỉ số chuyển đổi số", "Digital transformation index"),
    [new CompositeComponent(onlineRate, weight: 2m), new CompositeComponent(lateRate, weight: 1m), new CompositeComponent(paymentRate, weight: 1m)],
    Normalisation.MinMax(),
    AggregationMethod.WeightedArithmeticMean,
    MinimumCoverage.ShareOfIndicators(0.6m));
var composite = index.Compute(table);
foreach (var score in composite.Scores)
{
    Console.WriteLine($"  {score.Describe(language)}");
}

// 4. Where a trend leads: four year-ends projected to a 90% target at the end of 2025.
DatedValue[] yearEnds =
[
    new(new LocalDate(2020, 12, 31), 60m), new(new LocalDate(2021, 12, 31), 65m),
    new(new LocalDate(2022, 12, 31), 72m), new(new LocalDate(2023, 12, 31), 75m),
];
var projection = TrendProjection.Project(onlineRate, yearEnds, new DatedValue(new LocalDate(2025, 12, 31), 90m));
Console.WriteLine(projection.Describe(language));

Directory.CreateDirectory(chartFolder);
File.WriteAllText(Path.Combine(chartFolder, "rank-movement.svg"), SvgCharts.RankMovement(movements, language, previousLabel: "2023", currentLabel: "2024"));
File.WriteAllText(Path.Combine(chartFolder, "trend.svg"), SvgCharts.Trend(projection, language));
Console.WriteLine($"{Path.GetFullPath(chartFolder)}: rank-movement.svg, trend.svg");
