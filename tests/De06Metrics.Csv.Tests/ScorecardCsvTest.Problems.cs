using System.Text;
using De06Metrics.Csv;
using De06Metrics.Serialization;

namespace De06Metrics.Csv.Tests;

public partial class ScorecardCsvTest
{
    public static TheoryData<string, string> BadObservationRows => new()
    {
        // The row under test is line 4; {0} stands for the file's path.
        { "RATE,HG,Quý I/2024,abc,,,", "{0}:4:4: value 'abc': not a number written with a decimal point: it is not a number." },
        { "RATE,HG,Quý II/2024,\"88,8\",,,", "{0}:4:4: value '88,8': not a number written with a decimal point: the thousands separator ',' must group three digits." },
        { "RATE,HG,Quý II/2024,88.8.1,,,", "{0}:4:4: value '88.8.1': not a number written with a decimal point: it has more than one decimal separator '.'." },
        { "RATE,HG,Quý II/2024,,,,", "{0}:4:4: value: the value is empty; give a value, or a numerator and a denominator." },
        { "RATE,TQ,Quý II/2024,50,,,", "{0}:4:2: unit 'TQ': the unit 'TQ' is not registered." },
        { "NOPE,HG,Quý II/2024,50,,,", "{0}:4:1: indicator 'NOPE': the indicator 'NOPE' is not in the catalog." },
        { "RATE,HG,Quý 2/2024,50,,,31/04/2024", "{0}:4:7: as_of '31/04/2024': it is not a date: April 2024 has 30 days." },
        { "RATE,HG,Quý 2/2024,50,,,2024-4-1", "{0}:4:7: as_of '2024-4-1': expected a date as dd/MM/yyyy (10/3/2024) or yyyy-MM-dd (2024-03-10)." },
        { "RATE,HG,Quý 2/2024,50,,,01/04/24", "{0}:4:7: as_of '01/04/24': expected a date as dd/MM/yyyy (10/3/2024) or yyyy-MM-dd (2024-03-10)." },
        { "RATE,HG,Quý 5/2024,50,,,", "{0}:4:3: period 'Quý 5/2024': Cannot read 'Quý 5/2024' as a reporting period: quarter 5 does not exist; a year has quarters 1 to 4." },
        { ",HG,Quý II/2024,50,,,", "{0}:4:1: indicator: the cell is empty but a value is required." },
        { "MODELS,HG,Q2 2024,,17,,", "{0}:4:6: denominator: a numerator and a denominator are given together or not at all." },
        { "MODELS,HG,Q2 2024,,17,0,", "{0}:4:6: denominator '0': A denominator must be positive; 0 was given. A unit with nothing to count has no rate: record no value for it." },
        { "RATE,HG,Q1 2024,90,,,", "{0}:4: an earlier observation has the same indicator, unit and period." },
        { "RATE,HG,Quý II/2024,50,,,,surplus", "{0}:4:8: extra cell 'surplus': this row has 8 cells but the header names 7 columns; the row was not read." },
        { "RATE,HG,\"Quý II/2024\"x,50,,,", "{0}:4: the row's quoting is malformed (text after a closing quote); the row was not read." },
    };

    [Theory]
    [MemberData(nameof(BadObservationRows))]
    public void A_bad_row_is_reported_at_its_line_and_column_and_the_good_rows_are_kept(string row, string expected)
    {
        using var folder = new CsvFolder(observations: CsvFolder.Observations + "\n" + row);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(string.Format(expected, folder.File("observations.csv")));
        result.Scorecard.Observations.Should().HaveCount(2);
    }

    [Fact]
    public void A_missing_column_stops_its_table_with_one_problem_and_unknown_or_repeated_columns_are_reported()
    {
        using var folder = new CsvFolder(
            indicators: """
                code,name_vi,measure,polarity,decimals,unit,decimals
                RATE,Tỷ lệ,rate,higherIsBetter,1,%,1
                """,
            observations: """
                indicator,unit,value,numerator
                RATE,HG,88.8,
                """);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("indicators.csv")}:1:6: header 'unit': unknown column; the indicators table has the columns code, name_vi, name_en, measure, count_unit_vi, count_unit_en, count_unit_en_singular, currency, money_scale, max_score, polarity, decimals, roll_up, lead, coordinating, accumulation, per_unit_vi, per_unit_en, per_unit_en_singular, per_quantity, formula, formula_parts.",
            $"{folder.File("indicators.csv")}:1:7: header 'decimals': the column is repeated; its first place is column 5.",
            $"{folder.File("observations.csv")}:1: the header has no column 'period', which the observations table needs; its rows were not read.",
            $"{folder.File("observations.csv")}:1: the header has no column 'denominator', which the observations table needs; its rows were not read.");
        result.Scorecard.Observations.Should().BeEmpty();
        result.Scorecard.Indicators.Should().ContainSingle("a header's unknown or repeated column is reported, and its rows are still read");
    }

    [Fact]
    public void Without_a_declared_decimal_separator_whole_numbers_are_read_and_a_separator_is_refused()
    {
        using var folder = new CsvFolder(settings: null, observations: """
            indicator,unit,period,value,numerator,denominator,as_of
            RATE,HG,Quý I/2024,88,,,
            MODELS,HG,Q1 2024,,17,33,
            RATE,HG.CA,Quý I/2024,88.8,,,
            RATE,HG,2024,"1,5",,,
            """);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        const string Why = "the number has a separator but no decimal separator is declared, so it could be read two ways (88,8 or 888; 903.221 or 903,221): "
            + "declare it in settings.csv (a row decimal_separator,comma or decimal_separator,point) or with the de06 command's --decimal-separator option.";
        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("observations.csv")}:4:4: value '88.8': {Why}",
            $"{folder.File("observations.csv")}:5:4: value '1,5': {Why}");
        result.Scorecard.Observations.Select(o => o.Value.Value).Should().Equal(88m, 17m);
    }

    [Fact]
    public void The_undeclared_separator_problem_says_both_ways_to_declare_it()
    {
        // A reader who meets this problem must learn where to declare the separator: the file and the command's option.
        using var folder = new CsvFolder(settings: null, observations: """
            indicator,unit,period,value,numerator,denominator,as_of
            RATE,HG,Quý I/2024,"88,8",,,
            """);

        var message = ScorecardCsv.ReadFolder(folder.Path).Problems.Should().ContainSingle().Subject.ToString();
        message.Should().Contain("settings.csv").And.Contain("decimal_separator,comma").And.Contain("--decimal-separator");
    }

    [Fact]
    public void Mixed_decimal_separators_are_an_error_on_each_number_that_breaks_the_declared_one()
    {
        using var folder = new CsvFolder(settings: "setting;value\ndecimal_separator;comma", observations: """
            indicator;unit;period;value;numerator;denominator;as_of
            RATE;HG;Quý I/2024;88,8;;;
            RATE;HG.CA;Quý I/2024;88.8;;;
            MODELS;HG;Q1 2024;;1.017;2.033;
            """);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("observations.csv")}:3:4: value '88.8': not a number written with a decimal comma: the thousands separator '.' must group three digits.");
        // With a decimal comma, a point groups thousands: 1.017 of 2.033 models is 1017 of 2033.
        result.Scorecard.Observations.Select(o => o.Value.Denominator).Should().Equal(null, 2033m);
    }

    [Fact]
    public void Numbers_with_a_decimal_comma_keep_their_written_decimals_and_other_forms_are_read_or_refused_as_before()
    {
        using var folder = new CsvFolder(settings: "setting;value\ndecimal_separator;comma", observations: """
            indicator;unit;period;value;numerator;denominator;as_of
            RATE;HG;Quý I/2024;88,80;;;
            RATE;HG.CA;Quý I/2024;+7,5;;;
            RATE;HG;Quý II/2024;0,0000000000000000000000000001;;;
            MODELS;HG;Q1 2024;1.017;;;
            RATE;HG.CA;Quý II/2024;88,8,1;;;
            """);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        // 88,80 keeps its two decimals; 1E-28 has 29 digits with its leading zero, one more than the plain path takes,
        // and a point groups thousands: 1.017 is 1017.
        result.Scorecard.Observations.Select(o => o.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Should().BeEquivalentTo("88.80", "7.5", "0.0000000000000000000000000001", "1017");
        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("observations.csv")}:6:4: value '88,8,1': not a number written with a decimal comma: it has more than one decimal separator ','.");
    }

    [Theory]
    [InlineData("setting,value\ndecimal_separator,dot", "{0}:2:2: value 'dot': expected 'comma' or 'point'.")]
    [InlineData("setting,value\ndecimal,point", "{0}:2:1: setting 'decimal': unknown setting; the known ones are decimal_separator, succession_dates, data_closing and the options tolerance, comparison, comparison_period, derive_from_children, across_unit_changes, figures, require_note_when_not_met, across_period_kinds.")]
    [InlineData("name,value\ndecimal_separator,point", "{0}:1: the header must be 'setting,value'; the settings were not read.")]
    [InlineData("setting,value\ndecimal_separator,point\ndecimal_separator,comma", "{0}:3:1: setting 'decimal_separator': the setting is repeated; its first place is line 2.")]
    public void A_bad_settings_file_says_why(string settings, string expected)
    {
        using var folder = new CsvFolder(settings: settings, observations: "indicator,unit,period,value\nRATE,HG,Quý I/2024,88");

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(string.Format(expected, folder.File("settings.csv")));
    }

    [Fact]
    public void A_decimal_separator_given_against_the_settings_file_reads_nothing_and_says_why()
    {
        using var folder = new CsvFolder();

        var result = ScorecardCsv.ReadFolder(folder.Path, DecimalSeparator.Comma);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("settings.csv")}:2:2: value 'point': the file declares a decimal point but a decimal comma was asked for; nothing was read, since the numbers would be read wrongly one way or the other.");
        result.Scorecard.Indicators.Should().BeEmpty();
    }

    [Fact]
    public void Empty_missing_and_non_utf8_files_are_reported_and_the_other_tables_still_read()
    {
        using var folder = new CsvFolder(targets: null, observations: "");
        // "Tỷ" in Windows-1258 is not UTF-8: 0x54 then 0xFD is a lone lead byte.
        folder.WriteBytes("indicators.csv", [.. Encoding.UTF8.GetBytes("code,name_vi,measure,polarity,decimals\nRATE,T"), 0xFD, .. Encoding.UTF8.GetBytes(",rate,higherIsBetter,1\n")]);

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"{folder.File("indicators.csv")}:2: the file is not UTF-8 text (byte 0xFD on this line); save it from Excel as 'CSV UTF-8 (Comma delimited)'. The file was not read.",
            $"{folder.File("targets.csv")}: the file is missing; a scorecard folder has units.csv, indicators.csv, targets.csv, observations.csv (successions.csv, notes.csv, trajectories.csv and settings.csv are optional).",
            $"{folder.File("observations.csv")}: the file is empty; it needs at least a header line naming its columns.");
        result.Scorecard.Units.Count.Should().Be(2);
    }

    [Fact]
    public void A_byte_order_mark_semicolons_spaces_blank_rows_and_header_case_are_tolerated()
    {
        using var folder = new CsvFolder(units: "\uFEFFID ; Name_VI ; kind\n HG ; Tỉnh Hà Giang ; Province \n;;\n\nHG.CA;Công an tỉnh;agency");

        var result = ScorecardCsv.ReadFolder(folder.Path);

        result.Problems.Should().BeEmpty();
        result.Scorecard.Units.Units.Select(u => (u.Id.Value, u.Name.Vietnamese, u.ParentId)).Should().Equal(("HG", "Tỉnh Hà Giang", null), ("HG.CA", "Công an tỉnh", null));
    }
}
