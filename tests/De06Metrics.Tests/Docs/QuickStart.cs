// The README's quick start, compiled and run by ReadmeTest. Keep the body of Run identical to the README's block.
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Tests.Docs;

internal static class QuickStart
{
    public static void Run()
    {
        var onlineRate = Rate.FromPercent(88.8m);
        var target = Rate.FromPercent(70m);
        PercentagePoints margin = onlineRate - target;                      // exactly 18,8 points

        Console.WriteLine(margin.ToString("+N1", Language.Vietnamese));     // +18,8 điểm phần trăm
        Console.WriteLine(margin.ToString("+N1", Language.English));        // +18.8 percentage points

        var quarter = ReportingPeriod.Parse("Quý I/2024");
        Console.WriteLine(quarter.ToString(null, Language.English));        // Q1 2024
        Console.WriteLine(quarter.ElapsedDays(new LocalDate(2024, 3, 10)));  // 70 (of 91 days)
    }
}
