using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Evaluation;

/// <summary>
/// A set of status bands the user defines as a value: which score it classifies (<see cref="Basis"/>), the bands in
/// ascending order, and a separate band for no data. Three schemes are ready to use: <see cref="TrafficLight"/>,
/// <see cref="MicrosoftKpi"/> and <see cref="Okr"/>.
/// </summary>
/// <remarks>
/// <para>
/// The bands cover every score exactly once: the first is unbounded below, the last unbounded above, and each band
/// ends where the next begins (<c>[low, high)</c>, lower bound included). The constructor refuses bands out of order,
/// overlapping or leaving a gap. A score outside the nominal scale (<see cref="ScaleMinimum"/>,
/// <see cref="ScaleMaximum"/>; an OKR grade of 1,2) still falls in the outer band and is flagged, never clamped.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class BandScheme : IEquatable<BandScheme>
{
    private readonly Band[] bands;

    /// <summary>Creates a scheme.</summary>
    /// <param name="name">The scheme's name.</param>
    /// <param name="basis">Which score the bands classify.</param>
    /// <param name="bands">The bands in ascending order; at least one.</param>
    /// <param name="noData">The band for a result with no data; it has no bounds.</param>
    /// <param name="scaleMinimum">The lowest score of the nominal scale, if any; only flags scores below it.</param>
    /// <param name="scaleMaximum">The highest score of the nominal scale, if any; only flags scores above it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> or <paramref name="noData"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The name is <c>default</c>; the bands are empty, out of order, overlap, leave a gap or do not reach both ends;
    /// the no-data band has bounds; or the scale's minimum is not below its maximum.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is undefined.</exception>
    public BandScheme(LocalizedText name, ScoreBasis basis, IEnumerable<Band> bands, Band noData, decimal? scaleMinimum = null, decimal? scaleMaximum = null)
    {
        if (name == default)
        {
            throw new ArgumentException("A band scheme needs a name; default(LocalizedText) was given.", nameof(name));
        }

        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, $"Score basis {(int)basis} is not defined.");
        }

        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(noData);
        var list = bands.ToArray();
        EnsureContiguous(list, nameof(bands));
        if (noData.LowerBound.HasValue || noData.UpperBound.HasValue)
        {
            throw new ArgumentException($"The no-data band '{noData}' lies off the scale and must have no bounds.", nameof(noData));
        }

        if (scaleMinimum is { } min && scaleMaximum is { } max && min >= max)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The scale's minimum {min} must be below its maximum {max}."), nameof(scaleMinimum));
        }

        Name = name;
        Basis = basis;
        this.bands = list;
        NoData = noData;
        ScaleMinimum = scaleMinimum;
        ScaleMaximum = scaleMaximum;
    }

    /// <summary>
    /// Traffic lights by attainment: red below 90%, amber from 90% up to 100% (excluded), green from 100%; grey for no
    /// data. Status scores −1, 0, 1.
    /// </summary>
    public static BandScheme TrafficLight { get; } = new(
        new LocalizedText(Phrase.BandSchemeTrafficLight),
        ScoreBasis.Attainment,
        [
            new Band(new LocalizedText(Phrase.BandRed), BandColour.Red, null, 0.9m, -1m),
            new Band(new LocalizedText(Phrase.BandAmber), BandColour.Amber, 0.9m, 1m, 0m),
            new Band(new LocalizedText(Phrase.BandGreen), BandColour.Green, 1m, null, 1m),
        ],
        NoDataBand(),
        scaleMinimum: 0m);

    /// <summary>
    /// Microsoft-style status on the normalised score <c>margin / |target|</c> (see <see cref="ScoreBasis.StatusScore"/>):
    /// bad (red, −1) below −0,1; neutral (yellow, 0) from −0,1 up to 0 (excluded); good (green, 1) from 0, that is on
    /// or better than target; grey for no data. Nominal scale −1 to 1.
    /// </summary>
    public static BandScheme MicrosoftKpi { get; } = new(
        new LocalizedText(Phrase.BandSchemeMicrosoftKpi),
        ScoreBasis.StatusScore,
        [
            new Band(new LocalizedText(Phrase.BandBad), BandColour.Red, null, -0.1m, -1m),
            new Band(new LocalizedText(Phrase.BandNeutral), BandColour.Yellow, -0.1m, 0m, 0m),
            new Band(new LocalizedText(Phrase.BandGood), BandColour.Green, 0m, null, 1m),
        ],
        NoDataBand(),
        scaleMinimum: -1m,
        scaleMaximum: 1m);

    /// <summary>
    /// OKR grades (Google's 0,0–1,0 scale): red [0, 0,4), yellow [0,4, 0,7), green [0,7, 1]; a grade below 0 stays red
    /// and above 1 stays green, both flagged as outside the scale; grey for no data. Status scores −1, 0, 1.
    /// </summary>
    public static BandScheme Okr { get; } = new(
        new LocalizedText(Phrase.BandSchemeOkr),
        ScoreBasis.Grade,
        [
            new Band(new LocalizedText(Phrase.BandRed), BandColour.Red, null, 0.4m, -1m),
            new Band(new LocalizedText(Phrase.BandYellow), BandColour.Yellow, 0.4m, 0.7m, 0m),
            new Band(new LocalizedText(Phrase.BandGreen), BandColour.Green, 0.7m, null, 1m),
        ],
        NoDataBand(),
        scaleMinimum: 0m,
        scaleMaximum: 1m);

    /// <summary>The scheme's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Which score the bands classify.</summary>
    public ScoreBasis Basis { get; }

    /// <summary>The bands in ascending order of score.</summary>
    public IReadOnlyList<Band> Bands => bands;

    /// <summary>The band for a result with no data.</summary>
    public Band NoData { get; }

    /// <summary>The lowest score of the nominal scale, if any.</summary>
    public decimal? ScaleMinimum { get; }

    /// <summary>The highest score of the nominal scale, if any.</summary>
    public decimal? ScaleMaximum { get; }

    /// <summary>The band that covers a score; every score has exactly one.</summary>
    /// <param name="score">The score on the scheme's basis.</param>
    /// <returns>The band.</returns>
    public Band Classify(decimal score)
    {
        foreach (var band in bands)
        {
            if (band.Contains(score))
            {
                return band;
            }
        }

        throw new InvalidOperationException("Unreachable: the bands cover every score.");
    }

    /// <summary>Whether a score lies outside the nominal scale.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> when below the minimum or above the maximum.</returns>
    public bool IsOutsideScale(decimal score) => score < ScaleMinimum || score > ScaleMaximum;

    /// <summary>
    /// Classifies an evaluation: by its score on <see cref="Basis"/> when that is meaningful; by its status when not
    /// (met or exceeded takes the highest band, not met the lowest); the no-data band when there is no value.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The band and how it was chosen.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is <see langword="null"/>.</exception>
    public BandAssignment Classify(TargetEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (evaluation.Status == TargetStatus.NoData)
        {
            return new BandAssignment(this, NoData, null, BandChoice.NoData, NotMeaningfulReason.NoData, isOutsideScale: false);
        }

        var score = Basis switch
        {
            ScoreBasis.Attainment => evaluation.Attainment,
            ScoreBasis.StatusScore => evaluation.RelativeMargin,
            _ => evaluation.GapClosure?.Fraction ?? evaluation.Attainment,
        };
        if (score.TryGetValue(out var value))
        {
            return new BandAssignment(this, Classify(value), value, BandChoice.Score, NotMeaningfulReason.None, IsOutsideScale(value));
        }

        var band = evaluation.Status == TargetStatus.NotMet ? bands[0] : bands[^1];
        return new BandAssignment(this, band, null, BandChoice.Status, score.Reason, isOutsideScale: false);
    }

    private static Band NoDataBand() => new(new LocalizedText(Phrase.StatusNoData), BandColour.Grey, null, null);

    private static void EnsureContiguous(Band[] list, string paramName)
    {
        if (list.Length == 0)
        {
            throw new ArgumentException("A band scheme needs at least one band.", paramName);
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Band {i} is null.", paramName);
            }
        }

        if (list[0].LowerBound.HasValue)
        {
            throw new ArgumentException($"The lowest band '{list[0]}' must be unbounded below, so that every score has a band.", paramName);
        }

        if (list[^1].UpperBound.HasValue)
        {
            throw new ArgumentException($"The highest band '{list[^1]}' must be unbounded above, so that every score has a band.", paramName);
        }

        for (var i = 0; i + 1 < list.Length; i++)
        {
            var (current, next) = (list[i], list[i + 1]);
            if (next.LowerBound is not { } start || (current.LowerBound is { } low && start <= low))
            {
                throw new ArgumentException($"The bands are not in ascending order: '{next}' follows '{current}'.", paramName);
            }

            var end = current.UpperBound!.Value;
            if (end > start)
            {
                throw new ArgumentException($"Bands '{current}' and '{next}' overlap.", paramName);
            }

            if (end < start)
            {
                throw new ArgumentException($"Bands '{current}' and '{next}' leave a gap: no band covers scores from {GoalRules.Invariant(end)} up to {GoalRules.Invariant(start)}.", paramName);
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(BandScheme? other) =>
        other is not null && Name == other.Name && Basis == other.Basis && bands.SequenceEqual(other.bands) &&
        NoData.Equals(other.NoData) && ScaleMinimum == other.ScaleMinimum && ScaleMaximum == other.ScaleMaximum;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BandScheme);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Basis, bands.Length, NoData, ScaleMinimum, ScaleMaximum);

    /// <summary>Writes the scheme's English (or Vietnamese) name and its bands.</summary>
    /// <returns>The text, for diagnostics.</returns>
    public override string ToString() => $"{Name.English ?? Name.Vietnamese} ({Basis}): {string.Join("; ", bands.Select(b => b.ToString()))}";
}
