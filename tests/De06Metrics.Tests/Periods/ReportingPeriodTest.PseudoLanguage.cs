using De06Metrics.Periods;
using De06Metrics.Tests.Text;

namespace De06Metrics.Tests.Periods;

/// <summary>Every word of a period label and a date comes from the phrase book: in the pseudo language no word is left.</summary>
[Trait("Category", "Text")]
public sealed class ReportingPeriodPseudoLanguageTest
{
    public static TheoryData<string, ReportingPeriod> Periods()
    {
        var periods = new TheoryData<string, ReportingPeriod>
        {
            { "year", ReportingPeriod.ForYear(2024) },
            { "first half", ReportingPeriod.ForHalfYear(2024, 1) },
            { "second half", ReportingPeriod.ForHalfYear(2024, 2) },
            { "year to date, one month", ReportingPeriod.ForMonthsToDate(2024, 1) },
            { "year to date, nine months", ReportingPeriod.ForMonthsToDate(2024, 9) },
            { "year to date, a day", ReportingPeriod.YearToDate(new LocalDate(2024, 3, 10)) },
            { "custom", ReportingPeriod.Custom(new LocalDate(2024, 2, 15), new LocalDate(2024, 3, 14)) },
            { "reporting month", ReportingPeriod.ForReportingMonth(2024, 3, 15) },
        };
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            periods.Add("quarter " + quarter, ReportingPeriod.ForQuarter(2024, quarter));
        }

        for (var month = 1; month <= 12; month++)
        {
            periods.Add("month " + month, ReportingPeriod.ForMonth(2024, month));
            periods.Add("custom ending in month " + month, ReportingPeriod.Custom(new LocalDate(2023, month, 2), new LocalDate(2024, month, 3)));
        }

        return periods;
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void A_label_of_every_kind_has_no_word_of_its_own(string kind, ReportingPeriod period)
    {
        var label = period.ToString(PseudoLanguage.Instance);
        PseudoLanguage.WordsIn(label).Should().BeEmpty("the {0} label is {1}", kind, label);
        PseudoLanguage.WordsIn(ReportingPeriodPattern.ForLanguage(PseudoLanguage.Instance).Format(period)).Should().BeEmpty();
    }

    [Fact]
    public void Dates_of_every_month_have_no_word_of_their_own()
    {
        for (var month = 1; month <= 12; month++)
        {
            var date = new LocalDate(2024, month, 10);
            PseudoLanguage.WordsIn(PeriodText.Date(date, PseudoLanguage.Instance)).Should().BeEmpty();
            PseudoLanguage.WordsIn(PeriodText.ShortDate(date, PseudoLanguage.Instance)).Should().BeEmpty();
        }
    }
}
