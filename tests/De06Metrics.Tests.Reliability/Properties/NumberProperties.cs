using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace De06Metrics.Tests.Reliability.Properties;

/// <summary>A number written in either language reads back as the value written, to the last decimal shown.</summary>
[Properties(Replay = Seeds.Replay, MaxTest = Seeds.Cases)]
public class NumberProperties
{
    private static readonly Gen<Language> Languages = Gen.Elements(Language.Vietnamese, Language.English);

    [Property]
    public Property A_formatted_number_reads_back_as_the_value_rounded_to_the_decimals_shown() =>
        Prop.ForAll(Arb.From(Gen.Zip(Generators.AnyDecimal, Gen.Choose(0, 28))), Arb.From(Languages), Arb.From(Gen.Elements(false, true)), (input, language, plus) =>
        {
            var (value, decimals) = input;
            var text = language.FormatNumber(value, decimals, plus);
            var parsed = language.ParseNumber(text);
            var shown = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
            return (parsed.Success && parsed.Value == shown)
                .Label($"{value} with {decimals} decimals in {language}: '{text}' read as {(parsed.Success ? parsed.Value : parsed.Exception.Message)}");
        });

    [Property]
    public Property A_number_written_with_all_its_decimals_reads_back_exactly() =>
        Prop.ForAll(Arb.From(Generators.AnyDecimal), Arb.From(Languages), (value, language) =>
        {
            var text = language.FormatNumber(value, value.Scale);
            var parsed = language.ParseNumber(text);
            return (parsed.Success && parsed.Value == value && parsed.Value.Scale == value.Scale)
                .Label($"{value} in {language}: '{text}' read as {(parsed.Success ? parsed.Value : parsed.Exception.Message)}");
        });

    [Property]
    public Property A_number_with_both_separators_is_refused_by_the_other_language_rather_than_misread() =>
        Prop.ForAll(Arb.From(Generators.AnyDecimal.Where(value => Math.Abs(value) >= 1000m)), Arb.From(Gen.Choose(1, 6)), Arb.From(Languages), (value, decimals, language) =>
        {
            // "1,234.5" (English) must not become 1,2345 in Vietnamese, nor "1.234,5" (Vietnamese) 1.2345 in English.
            var other = language == Language.English ? Language.Vietnamese : Language.English;
            var text = language.FormatNumber(value, decimals);
            var misread = other.ParseNumber(text);
            return (!misread.Success).Label($"'{text}' ({language}) read in {other} as {(misread.Success ? misread.Value : 0m)}");
        });
}
