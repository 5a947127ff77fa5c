using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Growth;

/// <summary>
/// A trend fitted to a series and carried to a target date: the slope per year, the projected value, whether the
/// target will be met at the current pace, and by how much it would be missed.
/// </summary>
/// <remarks>
/// <para>
/// Time is measured in years since the first observation, counted as <see cref="Counting"/> says. The least-squares
/// fits are computed in closed form in <see cref="decimal"/> arithmetic, with weights w_i:
/// x̄ = Σw·x / Σw, ȳ = Σw·y / Σw, b = Σw(x − x̄)(y − ȳ) / Σw(x − x̄)², a = ȳ − b·x̄, projected = a + b·x_target.
/// Plain least squares gives the same line as MathNet.Numerics' <c>SimpleRegression.Fit</c>; decimal keeps
/// values such as 88,8 exact on the way in.
/// </para>
/// <para>
/// The projection is not clamped to the measure's range: a rate may be projected above 100%, which still answers
/// whether the target is met. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class TrendProjection
{
    private TrendProjection(
        Indicator indicator,
        IReadOnlyList<DatedValue> observations,
        DatedValue target,
        TrendMethod method,
        YearCounting counting,
        int observationsUsed,
        decimal slopePerYear,
        decimal projectedValue,
        int betterSign)
    {
        Indicator = indicator;
        Observations = observations;
        Target = target;
        Method = method;
        Counting = counting;
        ObservationsUsed = observationsUsed;
        SlopePerYear = slopePerYear;
        ProjectedValue = projectedValue;
        ProjectedMargin = betterSign * (projectedValue - target.Value);
        WillMeetTarget = ProjectedMargin >= 0m;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The observations, in date order.</summary>
    public IReadOnlyList<DatedValue> Observations { get; }

    /// <summary>How many of the latest observations the method used (all of them for least squares).</summary>
    public int ObservationsUsed { get; }

    /// <summary>The target value and its due date.</summary>
    public DatedValue Target { get; }

    /// <summary>The method.</summary>
    public TrendMethod Method { get; }

    /// <summary>How years were counted.</summary>
    public YearCounting Counting { get; }

    /// <summary>The trend's change per year, in the indicator's unit (percentage points a year for a rate).</summary>
    public decimal SlopePerYear { get; }

    /// <summary>The value the trend reaches on the target date.</summary>
    public decimal ProjectedValue { get; }

    /// <summary>
    /// How far the projection lies beyond the target in the better direction: positive when it will be met with room
    /// to spare, negative when it falls short.
    /// </summary>
    public decimal ProjectedMargin { get; }

    /// <summary>Whether the projected value meets the target (reaching it counts).</summary>
    public bool WillMeetTarget { get; }

    /// <summary>How far the projection falls short of the target; zero when it will be met.</summary>
    public decimal Shortfall => WillMeetTarget ? 0m : -ProjectedMargin;

    /// <summary>Fits a trend to a series and projects it to the target date.</summary>
    /// <param name="indicator">The indicator; higher or lower is better (not within a band).</param>
    /// <param name="observations">At least two observations, in strictly increasing date order.</param>
    /// <param name="target">The target value and its due date; after the last observation.</param>
    /// <param name="method">The method; <see langword="null"/> for <see cref="TrendMethod.LeastSquares"/>.</param>
    /// <param name="counting">How years are counted.</param>
    /// <returns>The projection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="observations"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The polarity is within a band; fewer than two observations; dates out of order or repeated; the target date
    /// not after the last observation; or a span that does not fit <paramref name="counting"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The values are too large for an exact fit, or the weights too steep to fit a line.</exception>
    public static TrendProjection Project(
        Indicator indicator,
        IEnumerable<DatedValue> observations,
        DatedValue target,
        TrendMethod? method = null,
        YearCounting counting = YearCounting.MonthsAndDays)
    {
        var betterSign = GrowthMath.BetterSign(indicator, nameof(indicator));
        ArgumentNullException.ThrowIfNull(observations);
        method ??= TrendMethod.LeastSquares;
        var series = observations.ToArray();
        EnsureSeries(series, nameof(observations));
        var last = series[^1];
        if (target.Date <= last.Date)
        {
            throw new ArgumentException(
                $"The target date {YearFraction.Iso(target.Date)} must be after the last observation ({YearFraction.Iso(last.Date)}).", nameof(target));
        }

        var first = series[0].Date;
        var x = Array.ConvertAll(series, o => YearFraction.Between(first, o.Date, counting));
        var xTarget = YearFraction.Between(first, target.Date, counting);
        int used;
        decimal slope, projected;
        try
        {
            if (method.Kind == TrendMethodKind.MeanOfLastChanges)
            {
                var from = Math.Max(0, series.Length - 1 - method.ChangeCount);
                used = series.Length - from;
                slope = (last.Value - series[from].Value) / (x[^1] - x[from]);
                projected = last.Value + slope * (xTarget - x[^1]);
            }
            else
            {
                used = series.Length;
                var (intercept, fitted) = FitLine(x, series, Weights(method, series.Length), nameof(method));
                slope = fitted;
                projected = intercept + slope * xTarget;
            }
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(nameof(observations), series.Length,
                "The values are too large for an exact decimal fit of a trend line.");
        }

        return new(indicator, Array.AsReadOnly(series), target, method, counting, used, slope, projected, betterSign);
    }

    /// <summary>
    /// Writes the projection: "Theo xu hướng hiện tại (bình phương tối thiểu), dự kiến đạt 95,1% vào 31/12/2025:
    /// không đạt chỉ tiêu 100,0%, còn thiếu 4,9 điểm phần trăm"; "At the current pace (least squares), projected
    /// 95.1% by 31 December 2025: meets the 90.0% target".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence, without a full stop.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var method = MethodName(language);
        var projected = Indicator.FormatValue(ProjectedValue, language);
        var due = PeriodText.Date(Target.Date, language);
        var goal = Indicator.FormatValue(Target.Value, language);
        return WillMeetTarget
            ? language.Format(Phrase.ProjectionMeetsTarget, method, projected, due, goal)
            : language.Format(Phrase.ProjectionShortOfTarget, method, projected, due, goal, Indicator.FormatDifference(Shortfall, language));
    }

    /// <summary>Writes the projection in English.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Describe(Language.English);

    internal static void EnsureSeries(IReadOnlyList<DatedValue> series, string paramName)
    {
        if (series.Count < 2)
        {
            throw new ArgumentException($"A trend needs at least two observations; {series.Count} were given.", paramName);
        }

        for (var i = 1; i < series.Count; i++)
        {
            var (previous, current) = (series[i - 1].Date, series[i].Date);
            if (current == previous)
            {
                throw new ArgumentException(
                    $"Observations {i - 1} and {i} share the date {YearFraction.Iso(current)}; each date may appear once.", paramName);
            }

            if (current < previous)
            {
                throw new ArgumentException(
                    $"Observation {i} ({YearFraction.Iso(current)}) comes before observation {i - 1} ({YearFraction.Iso(previous)}); give them in date order.", paramName);
            }
        }
    }

    private static decimal[] Weights(TrendMethod method, int count)
    {
        var weights = new decimal[count];
        for (var i = count - 1; i >= 0; i--)
        {
            weights[i] = method.Kind switch
            {
                TrendMethodKind.LinearRecencyWeights => i + 1,
                TrendMethodKind.GeometricRecencyWeights => i == count - 1 ? 1m : weights[i + 1] / method.Ratio,
                _ => 1m,
            };
        }

        return weights;
    }

    private static (decimal Intercept, decimal Slope) FitLine(decimal[] x, DatedValue[] series, decimal[] w, string paramName)
    {
        decimal sw = 0m, swx = 0m, swy = 0m;
        for (var i = 0; i < x.Length; i++)
        {
            sw += w[i];
            swx += w[i] * x[i];
            swy += w[i] * series[i].Value;
        }

        var meanX = swx / sw;
        var meanY = swy / sw;
        decimal sxx = 0m, sxy = 0m;
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - meanX;
            sxx += w[i] * dx * dx;
            sxy += w[i] * dx * (series[i].Value - meanY);
        }

        if (sxx == 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, sxx,
                "The recency weights leave fewer than two observations with any weight; no line can be fitted.");
        }

        var slope = sxy / sxx;
        return (meanY - slope * meanX, slope);
    }

    private string MethodName(Language language) => Method.Kind switch
    {
        TrendMethodKind.LinearRecencyWeights => language[Phrase.TrendMethodLinearRecencyWeights],
        TrendMethodKind.GeometricRecencyWeights => language.Format(Phrase.TrendMethodGeometricRecencyWeights, language.FormatNumber(Method.Ratio, 2)),
        TrendMethodKind.MeanOfLastChanges => language.Format(Phrase.TrendMethodMeanOfLastChanges, (ObservationsUsed - 1).ToString(CultureInfo.InvariantCulture)),
        _ => language[Phrase.TrendMethodLeastSquares],
    };
}
