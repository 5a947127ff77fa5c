using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Text;
using Xunit.Abstractions;

namespace De06Metrics.Tests.Reliability.Fuzzing;

/// <summary>
/// The text readers under mutated input for a bounded time (2 s each in CI; DE06_FUZZ_SECONDS for longer). A reader
/// may accept a text or refuse it with a FormatException; anything else fails. What it accepts must round-trip.
/// </summary>
public class TextReadersFuzzTest(ITestOutputHelper output)
{
    private static readonly string[] PeriodLabels =
    [
        "Quý I/2024", "Quý IV/9999", "Tháng 3/2024", "Năm 2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "9 tháng năm 2024",
        "Lũy kế đến 10/3/2024", "Từ 15/2/2024 đến 14/3/2024", "Tháng 3/2024 (từ 15/2/2024 đến 14/3/2024)", "Q1 2024", "H2 2024",
        "March 2024", "9 months to September 2024", "Year to 10 March 2024", "15 Feb 2024 – 14 Mar 2024", "2024-Q1", "2024-H1",
        "2024-03", "YTD 2024-03-10", "2024-02-15/2024-03-14", "2024-03 (2024-02-15/2024-03-14)", "first half of 2024", "Jan–Sep 2024",
        "Feb–Apr 2024", "quý I năm 2024", "tháng 3 năm 2024", "2024Q1", "luỹ kế từ đầu năm đến ngày 10/03/2024", "1900", "31/12/9999",
    ];

    private static readonly string[] Numbers =
    [
        "88,8", "88.8", "903.221", "903,221", "1.804.228,5", "1,804,228.5", "-4,25", "+18,8", "0", "-0", "0,0000000000000000000000000001",
        "79.228.162.514.264.337.593.543.950.335", "79,228,162,514,264,337,593,543,950,335", "007", "1.000", "1,000", "  12  ",
    ];

    [Fact]
    public void The_period_label_reader_accepts_or_refuses_with_a_FormatException_and_what_it_accepts_round_trips()
    {
        var (tried, failures) = new Fuzzer(PeriodLabels).Run(
            label =>
            {
                if (ReportingPeriod.TryParse(label, out var period))
                {
                    foreach (var form in new[] { period.ToString(Language.Vietnamese), period.ToString(Language.English), period.ToString("I", null) })
                    {
                        if (!ReportingPeriod.TryParse(form, out var again) || !again.Equals(period))
                        {
                            throw new InvalidDataException($"'{label}' read as {period:I}, written '{form}', which reads differently");
                        }
                    }
                }
                else
                {
                    _ = ReportingPeriodPattern.English.Parse(label).Exception;
                    ReportingPeriod.Parse(label); // must throw FormatException
                    throw new InvalidDataException("TryParse refused what Parse accepted");
                }
            },
            e => e is FormatException);
        Report("period labels", tried, failures);
    }

    [Fact]
    public void The_number_reader_accepts_or_refuses_with_a_FormatException_and_what_it_accepts_round_trips()
    {
        var (tried, failures) = new Fuzzer(Numbers).Run(
            text =>
            {
                foreach (var language in Language.All)
                {
                    var result = language.ParseNumber(text);
                    if (!result.Success)
                    {
                        _ = result.Exception; // building the exception must not throw anything else
                        continue;
                    }

                    var written = language.FormatNumber(result.Value, result.Value.Scale);
                    var again = language.ParseNumber(written);
                    if (!again.Success || again.Value != result.Value)
                    {
                        throw new InvalidDataException($"'{text}' read as {result.Value} in {language}, written '{written}', which reads differently");
                    }
                }
            },
            e => e is FormatException);
        Report("numbers", tried, failures);
    }

    [Fact]
    public void The_place_reader_accepts_or_refuses_and_what_it_accepts_is_a_valid_place()
    {
        var (tried, failures) = new Fuzzer(["11/63", "xếp thứ 11/63", "ranked 11th of 63", "1/1", "63/63"]).Run(
            text =>
            {
                var result = FieldRank.TryParse(text);
                if (result.Success && (result.Value.Position < 1 || result.Value.Position > result.Value.FieldSize))
                {
                    throw new InvalidDataException($"'{text}' read as the impossible place {result.Value}");
                }

                if (!result.Success)
                {
                    _ = result.Exception;
                }
            },
            e => e is FormatException);
        Report("places", tried, failures);
    }

    private void Report(string what, int tried, List<string> failures)
    {
        output.WriteLine($"Fuzzed {tried} {what} in {Fuzzer.Budget.TotalSeconds} s with seed {Fuzzer.Seed}.");
        failures.Should().BeEmpty($"every input must be accepted or refused with a documented exception; failing inputs:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
