using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Serialization;

/// <summary>How a measure is named in a file; <see cref="MeasureKind.Rate"/> has two forms.</summary>
internal enum MeasureForm
{
    Rate,
    RateAboveWhole,
    Count,
    Money,
    Score,
    Rank,
    YesNo,
}

/// <summary>How a goal is named in a file.</summary>
internal enum GoalForm
{
    AtLeast,
    AtMost,
    Between,
    Exactly,
    Yes,
    No,
}

/// <summary>
/// The words a file uses for enumerated values. They are written in camelCase and read ignoring case, spaces,
/// hyphens and underscores, so <c>higher_is_better</c>, <c>Higher-Is-Better</c> and <c>higherIsBetter</c> are one word.
/// </summary>
internal static class Tokens
{
    public static readonly TokenSet<UnitKind> UnitKinds = new(
        ("province", UnitKind.Province), ("department", UnitKind.Department), ("district", UnitKind.District),
        ("commune", UnitKind.Commune), ("agency", UnitKind.Agency), ("other", UnitKind.Other));

    public static readonly TokenSet<Polarity> Polarities = new(
        ("higherIsBetter", Polarity.HigherIsBetter), ("lowerIsBetter", Polarity.LowerIsBetter), ("withinBand", Polarity.WithinBand));

    public static readonly TokenSet<RollUpRule> RollUps = new(
        ("none", RollUpRule.None), ("addNumeratorsAndDenominators", RollUpRule.AddNumeratorsAndDenominators), ("sum", RollUpRule.Sum),
        ("weightedMean", RollUpRule.WeightedMean), ("minimum", RollUpRule.Minimum), ("maximum", RollUpRule.Maximum));

    public static readonly TokenSet<MoneyScale> MoneyScales = new(
        ("units", MoneyScale.Units), ("thousands", MoneyScale.Thousands), ("millions", MoneyScale.Millions),
        ("billions", MoneyScale.Billions), ("trillions", MoneyScale.Trillions));

    public static readonly TokenSet<MeasureForm> Measures = new(
        ("rate", MeasureForm.Rate), ("rateAboveWhole", MeasureForm.RateAboveWhole), ("count", MeasureForm.Count),
        ("money", MeasureForm.Money), ("score", MeasureForm.Score), ("rank", MeasureForm.Rank), ("yesNo", MeasureForm.YesNo));

    public static readonly TokenSet<GoalForm> Goals = new(
        ("atLeast", GoalForm.AtLeast), ("atMost", GoalForm.AtMost), ("between", GoalForm.Between),
        ("exactly", GoalForm.Exactly), ("yes", GoalForm.Yes), ("no", GoalForm.No));

    public static readonly TokenSet<SuccessionKind> SuccessionKinds = new(
        ("establishment", SuccessionKind.Establishment), ("merger", SuccessionKind.Merger), ("split", SuccessionKind.Split),
        ("rename", SuccessionKind.Rename), ("functionTransfer", SuccessionKind.FunctionTransfer), ("abolition", SuccessionKind.Abolition));

    public static readonly TokenSet<SuccessionDateBasis> SuccessionDates = new(
        ("operational", SuccessionDateBasis.Operational), ("legal", SuccessionDateBasis.Legal));

    public static MeasureForm FormOf(Measure measure) => measure.Kind switch
    {
        MeasureKind.Rate => measure.AllowsAboveWhole ? MeasureForm.RateAboveWhole : MeasureForm.Rate,
        MeasureKind.Count => MeasureForm.Count,
        MeasureKind.Money => MeasureForm.Money,
        MeasureKind.Score => MeasureForm.Score,
        MeasureKind.Rank => MeasureForm.Rank,
        _ => MeasureForm.YesNo,
    };

    public static GoalForm FormOf(Goal goal) => goal.Kind switch
    {
        TargetKind.AtLeast => GoalForm.AtLeast,
        TargetKind.AtMost => GoalForm.AtMost,
        TargetKind.Range => GoalForm.Between,
        TargetKind.ExactWithinTolerance => GoalForm.Exactly,
        _ => goal.Low == 1m ? GoalForm.Yes : GoalForm.No,
    };
}

/// <summary>A closed set of words for the values of <typeparamref name="T"/>.</summary>
internal sealed class TokenSet<T>
    where T : struct
{
    private readonly (string Token, T Value)[] tokens;
    private readonly Dictionary<string, T> byKey;

    public TokenSet(params (string Token, T Value)[] tokens)
    {
        this.tokens = tokens;
        byKey = tokens.ToDictionary(pair => Key(pair.Token), pair => pair.Value, StringComparer.Ordinal);
        Expected = string.Join(", ", tokens[..^1].Select(pair => $"'{pair.Token}'")) + $" or '{tokens[^1].Token}'";
    }

    /// <summary>The words, quoted, for a message: <c>'a', 'b' or 'c'</c>.</summary>
    public string Expected { get; }

    public bool TryParse(string text, out T value) => byKey.TryGetValue(Key(text), out value);

    public string Format(T value)
    {
        foreach (var (token, candidate) in tokens)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return token;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} has no word in a scorecard file.");
    }

    private static string Key(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        foreach (var c in text)
        {
            if (c is '_' or '-' or ' ')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return text;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }
}
