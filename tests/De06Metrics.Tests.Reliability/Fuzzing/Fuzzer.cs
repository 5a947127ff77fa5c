using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace De06Metrics.Tests.Reliability.Fuzzing;

/// <summary>
/// A small mutation fuzzer for text readers and files. It starts from a corpus of valid inputs and mutates them (insert,
/// delete, replace, duplicate, splice, case, digits, odd Unicode), with a fixed seed, for a bounded time:
/// DE06_FUZZ_SECONDS (default 2) and DE06_FUZZ_SEED (default 20240331) set both. Every exception outside the
/// documented ones fails the test, with the input written escaped so it can be pasted into a test.
/// </summary>
internal sealed class Fuzzer(string[] corpus)
{
    private static readonly string[] Fragments =
    [
        "Quý", "quý", "Quí", "Tháng", "tháng", "năm", "Năm", "lũy kế", "luỹ kế", "đến", "từ", "ngày", "đầu", "cuối", "6 tháng",
        "Q", "H", "YTD", "Jan", "Sept", "December", "first", "half", "months", "to", "of", "from",
        "I", "IV", "IX", "MMMM", "/", "-", "–", "—", " ", "  ", "(", ")", ",", ".", "+", "e", "E", "0", "00", "1", "9",
        "2024", "9999", "10000", "1899", "0000", "29/2/2024", "31/12/9999", "2147483647", "99999999999", "\u0301", "\u0303",
        "\u00a0", "\u200b", "\u0000", "\ud800", "\udc00", "\ud83d\ude00", "٣", "３", "∞", "NaN", "İ", "ı", "K", "ſ",
    ];

    public static TimeSpan Budget { get; } = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("DE06_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : 2);

    public static int Seed { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("DE06_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 20240331;

    /// <summary>
    /// Runs <paramref name="check"/> on mutated inputs until the budget is spent. <paramref name="check"/> throws
    /// for an accepted outcome that is wrong; <paramref name="isDocumented"/> says which exceptions are allowed.
    /// </summary>
    /// <returns>How many inputs were tried, and the failures (at most 10), each with its input escaped.</returns>
    public (int Tried, List<string> Failures) Run(Action<string> check, Func<Exception, bool> isDocumented)
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var tried = 0;
        while ((clock.Elapsed < Budget || tried < 1_000) && failures.Count < 10)
        {
            var input = Mutate(random);
            tried++;
            try
            {
                check(input);
            }
            catch (Exception e)
            {
                if (!isDocumented(e))
                {
                    failures.Add($"\"{Escape(input)}\"{Saved(input)} → {e.GetType().Name}: {e.Message}");
                }
            }
        }

        return (tried, failures);
    }

    private string Mutate(Random random)
    {
        var text = new StringBuilder(corpus[random.Next(corpus.Length)]);
        var steps = 1 + random.Next(4);
        for (var s = 0; s < steps; s++)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(9))
            {
                case 0:
                    text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), 1 + random.Next(Math.Min(3, text.Length - Math.Min(at, text.Length - 1))));
                    break;
                case 2 when text.Length > 0:
                    text[Math.Min(at, text.Length - 1)] = (char)random.Next(0x20, 0x7F);
                    break;
                case 3 when text.Length > 0:
                    text[Math.Min(at, text.Length - 1)] = (char)random.Next(0, 0x3000);
                    break;
                case 4:
                    text.Insert(at, random.Next(0, 100_000).ToString(CultureInfo.InvariantCulture));
                    break;
                case 5:
                    var other = corpus[random.Next(corpus.Length)];
                    text.Insert(at, other[..random.Next(other.Length + 1)]);
                    break;
                case 6:
                    var upper = random.Next(2) == 0;
                    var changed = upper ? text.ToString().ToUpperInvariant() : text.ToString().ToLowerInvariant();
                    text.Clear().Append(changed);
                    break;
                case 7:
                    text.Insert(at, new string(text.Length > 0 ? text[random.Next(text.Length)] : '(', random.Next(1, 200)));
                    break;
                default:
                    text.Insert(at, corpus[random.Next(corpus.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>An input too long to show whole (a mutated file) is saved, and its path given, so that it can be replayed.</summary>
    private static string Saved(string input)
    {
        if (input.Length <= 400)
        {
            return string.Empty;
        }

        var path = Path.Combine(Path.GetTempPath(), $"de06-fuzz-{Seed}-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, input);
        return $" (whole input: {path})";
    }

    private static string Escape(string input)
    {
        var builder = new StringBuilder();
        foreach (var c in input.Length > 400 ? input[..400] + "…" : input)
        {
            builder.Append(c is < ' ' or '"' or '\\' || char.IsSurrogate(c) || c > '\u2000' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return builder.ToString();
    }
}
