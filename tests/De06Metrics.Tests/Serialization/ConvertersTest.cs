using System.Text.Json;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Serialization;
using De06Metrics.Units;

namespace De06Metrics.Tests.Serialization;

public class ConvertersTest
{
    private sealed record Row(ReportingPeriod Period, LocalDate Date, IndicatorCode Code, UnitId Unit);

    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new ReportingPeriodJsonConverter(), new LocalDateJsonConverter(), new IndicatorCodeJsonConverter(), new UnitIdJsonConverter() },
    };

    [Fact]
    public void Library_values_are_written_as_strings_and_read_back()
    {
        var row = new Row(ReportingPeriod.ForQuarter(2024, 1), new LocalDate(2024, 3, 10), new IndicatorCode("DVC.ONLINE"), new UnitId("HG"));

        var json = JsonSerializer.Serialize(row, Options);

        json.Should().Be("""{"Period":"2024-Q1","Date":"2024-03-10","Code":"DVC.ONLINE","Unit":"HG"}""");
        JsonSerializer.Deserialize<Row>(json, Options).Should().Be(row);
    }

    [Fact]
    public void Periods_and_dates_are_read_in_their_Vietnamese_forms_too()
    {
        var row = JsonSerializer.Deserialize<Row>("""{"Period":"Quý I/2024","Date":"10/3/2024","Code":"A","Unit":"B"}""", Options)!;

        row.Period.Should().Be(ReportingPeriod.ForQuarter(2024, 1));
        row.Date.Should().Be(new LocalDate(2024, 3, 10));
    }

    [Theory]
    [InlineData("""{"Period":"Quý 5/2024"}""", "Cannot read 'Quý 5/2024' as a reporting period: quarter 5 does not exist; a year has quarters 1 to 4.")]
    [InlineData("""{"Date":"31/4/2024"}""", "Cannot read '31/4/2024' as a date: it is not a date: April 2024 has 30 days.")]
    [InlineData("""{"Date":"2024/03/10"}""", "Cannot read '2024/03/10' as a date: expected a date as dd/MM/yyyy (10/3/2024) or yyyy-MM-dd (2024-03-10).")]
    [InlineData("""{"Code":" A"}""", "An indicator code has no white space at either end; ' A' has. (Parameter 'value')")]
    [InlineData("""{"Unit":12}""", "A unit id is a JSON string, not Number.")]
    public void A_bad_value_throws_a_json_exception_saying_why(string json, string message)
    {
        var read = () => JsonSerializer.Deserialize<Row>(json, Options);

        read.Should().Throw<JsonException>().Which.Message.Should().StartWith(message);
    }
}
