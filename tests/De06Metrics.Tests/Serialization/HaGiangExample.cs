using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

/// <summary>
/// The Hà Giang Q1 2024 report's figures, built by hand from the report (ha-giang-de-an-06-2024-q1.txt) and the
/// example's README readings, so that reading docs/examples/ha-giang-2024-q1 can be checked against them.
/// </summary>
internal static class HaGiangExample
{
    public static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    public static readonly ReportingPeriod Year2023 = ReportingPeriod.ForYear(2023);
    public static readonly UnitId Province = new("HG");

    public static string Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "De06Metrics.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory!.FullName, "docs", "examples", "ha-giang-2024-q1");
        }
    }

    public static string JsonPath => Path.Combine(Folder, "scorecard.json");

    /// <summary>The observations for the province, by indicator code and period, as the report states them.</summary>
    public static IEnumerable<(string Code, ReportingPeriod Period, MeasuredValue Value)> Figures()
    {
        yield return ("DVC.ONLINE", Q1, MeasuredValue.Of(88.8m));
        yield return ("DVC.ONLINE", Year2023, MeasuredValue.Of(72.3m));        // 88,8 − 16,5
        yield return ("DVC.ESSENTIAL25", Q1, MeasuredValue.Of(95m));
        yield return ("DVC.ESSENTIAL25", Year2023, MeasuredValue.Of(77m));     // 95 − 18
        yield return ("TTHC.ONTIME", Q1, MeasuredValue.Of(95.7m));
        yield return ("TTHC.ONTIME", Year2023, MeasuredValue.Of(90.7m));       // 95,7 − 5
        yield return ("DVC.PAYMENT", Q1, MeasuredValue.Of(83.7m));
        yield return ("DVC.PAYMENT", Year2023, MeasuredValue.Of(64.7m));       // 83,7 − 19
        yield return ("EID.ACTIVATION", Q1, MeasuredValue.Of(66.7m));
        yield return ("HEALTH.CHIPID_INSURANCE", Q1, MeasuredValue.Of(92.7m));
        yield return ("HEALTH.CHIPID_INSURANCE", Year2023, MeasuredValue.Of(81.7m)); // 92,7 − 11
        yield return ("HEALTH.HOSPITALS", Q1, MeasuredValue.FromRateParts(17m, 17m));
        yield return ("HEALTH.PERSONAL_RECORDS", Q1, MeasuredValue.Of(903_221m));
        yield return ("HEALTH.HOUSEHOLD_RECORDS", Q1, MeasuredValue.Of(165_679m));
        yield return ("HEALTH.VISITS", Q1, MeasuredValue.Of(1_804_228m));
        yield return ("VNEID.RECORDS", Q1, MeasuredValue.Of(11_981m));
        yield return ("CREDIT.LENT", Q1, MeasuredValue.Of(2_527_000_000_000m)); // 2.527 tỷ đồng
        yield return ("CREDIT.HOUSEHOLDS", Q1, MeasuredValue.Of(57_396m));
        yield return ("MODELS.DEPLOYED", Year2023, MeasuredValue.FromCountOfTotal(10m, 33m)); // illustrative: the plan's start
        yield return ("MODELS.DEPLOYED", Q1, MeasuredValue.FromCountOfTotal(17m, 33m));
        yield return ("PAPI.RANK", Year2023, MeasuredValue.FromRank(11m, 63m));
        yield return ("PAPI.RANK", ReportingPeriod.ForYear(2022), MeasuredValue.FromRank(40m, 63m)); // 11 + 29 places
    }

    /// <summary>The targets: the report's "vượt chỉ tiêu giao X" margins read in points (on Q1 2024), and the 33 models (on the year 2024, illustrative, planned from 2023's figure).</summary>
    public static IEnumerable<(string Code, Goal Goal)> Targets()
    {
        yield return ("DVC.ONLINE", Goal.AtLeast(88.8m - 18.8m));
        yield return ("DVC.ESSENTIAL25", Goal.AtLeast(95m - 25m));
        yield return ("DVC.PAYMENT", Goal.AtLeast(83.7m - 38.7m));
        yield return ("HEALTH.CHIPID_INSURANCE", Goal.AtLeast(92.7m - 22.7m));
        yield return ("MODELS.DEPLOYED", Goal.AtLeast(33m));
    }

    /// <summary>
    /// The example with one target not met, for tests about how a not-met row is shown: the models' plan for the year is
    /// replaced by a target of at least 33 models (the whole programme) on Q1 2024, which 17 of 33 misses by 16. The
    /// example itself sets no target on the quarter for the models, so none of its own rows is not met.
    /// </summary>
    public static Scorecard WithTheModelsHeldToTheProgrammeOnQ1(Scorecard example)
    {
        var models = new IndicatorCode("MODELS.DEPLOYED");
        return Scorecard.Create(
            example.Indicators,
            example.Units,
            [.. example.Targets.Where(target => target.Indicator != models), new Target(models, Province, Q1, Goal.AtLeast(33m))],
            example.Observations);
    }

    public static LocalizedText Name(string vietnamese, string english) => new(vietnamese, english);
}
