using System.Text;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

/// <summary>
/// The keys the one-pass check has seen, as bits and, past their room, as a set, beside a plain set of the same
/// keys; and the table that finds an id or a label by its bytes, beside a dictionary of the same texts.
/// </summary>
public class SeenKeysTest
{
    [Theory]
    // As bits throughout: 3 × 5 pairs, periods up to 300 (5 words each), 15 × 5 × 8 = 600 bytes.
    [InlineData(1 << 20, true)]
    // Bits at first (15 pairs × 8 bytes = 120 bytes), a set once the periods pass 64 (240 bytes > 200).
    [InlineData(200, false)]
    // A set from the start: 15 pairs take 120 bytes, more than 100.
    [InlineData(100, false)]
    public void A_key_is_found_again_exactly_when_it_was_added_whether_kept_as_bits_or_in_a_set(long mostBitBytes, bool asBitsAtTheEnd)
    {
        var keys = new SeenKeys(indicators: 3, units: 5, mostBitBytes);
        var reference = new HashSet<(int, int, int)>();
        var random = new Random(20261203);
        for (var i = 0; i < 4000; i++)
        {
            var (indicator, unit, period) = (random.Next(3), random.Next(5), random.Next(i < 2000 ? 40 : 300));
            keys.Add(indicator, unit, period).Should().Be(reference.Add((indicator, unit, period)), $"key {indicator}, {unit}, {period} at draw {i}");
        }

        keys.AsBits.Should().Be(asBitsAtTheEnd);
        reference.Count.Should().BeInRange(1000, 4000 - 1000, "both answers are drawn often");
    }

    [Fact]
    public void A_text_is_found_by_its_bytes_exactly_when_it_was_added_with_its_last_value()
    {
        var lookup = new Utf8Lookup<int>();
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(20261203);
        string[] stems = ["Tháng ", "Quý ", "P.X", "", "Năm 2024 — ", "HG.Xã số "];
        for (var i = 0; i < 20000; i++)
        {
            var text = stems[random.Next(stems.Length)] + random.Next(0, i < 10000 ? 50 : 3000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var bytes = Encoding.UTF8.GetBytes(text);
            var found = lookup.TryGet(bytes, out var value);
            found.Should().Be(reference.TryGetValue(text, out var expected), text);
            if (found)
            {
                value.Should().Be(expected, text);
            }

            if (!found || random.Next(10) == 0)
            {
                lookup.Add(bytes, i);
                reference[text] = i;
            }
        }

        reference.Count.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void A_text_longer_than_the_longest_looked_up_is_never_found()
    {
        var lookup = new Utf8Lookup<int>();
        var longText = Encoding.UTF8.GetBytes(new string('a', Utf8Lookup<int>.MaxBytes + 1));
        lookup.Add(longText, 1);

        lookup.TryGet(longText, out _).Should().BeFalse();
        lookup.TryGet(longText.AsSpan(0, Utf8Lookup<int>.MaxBytes), out _).Should().BeFalse();
    }
}
