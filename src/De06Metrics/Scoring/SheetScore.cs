using System.Text;
using De06Metrics.Composite;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Scoring;

/// <summary>
/// A unit's score on a <see cref="ScoringSheet"/>: every group's and sub-indicator's score, the total and, when the
/// total is complete and the sheet has a scale, the rating.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SheetScore
{
    private readonly IndicatorTable? table;
    private readonly int row;
    private IReadOnlyList<GroupScore>? groups;

    internal SheetScore(ScoringSheet sheet, UnitId? unit, IReadOnlyList<GroupScore> groups)
    {
        Sheet = sheet;
        Unit = unit;
        this.groups = groups;
        // Added in ascending order, like a group's points, so that the order of the groups cannot move a total that
        // lies on a rating's cut-off to the other side of it.
        Total = groups.Select(group => group.Points).Order().Sum();
        Unscored = groups.Sum(group => group.Unscored);
        UnscoredPoints = groups.Sum(group => group.UnscoredPoints);
        ScoredZeroForMissing = groups.Sum(group => group.Items.Count(item => item.Status == ScoreStatus.MissingScoredZero));
        Rating = IsComplete && sheet.RatingScale is { } scale ? scale.Rate(Total) : null;
    }

    /// <summary>A unit's score from a table, its totals computed and its groups made when first read.</summary>
    internal SheetScore(ScoringSheet sheet, IndicatorTable table, int row, decimal total, int unscored, decimal unscoredPoints, int scoredZeroForMissing)
    {
        Sheet = sheet;
        Unit = table.Units[row];
        this.table = table;
        this.row = row;
        Total = total;
        Unscored = unscored;
        UnscoredPoints = unscoredPoints;
        ScoredZeroForMissing = scoredZeroForMissing;
        Rating = IsComplete && sheet.RatingScale is { } scale ? scale.Rate(Total) : null;
    }

    /// <summary>The sheet.</summary>
    public ScoringSheet Sheet { get; }

    /// <summary>The unit scored, if one was named.</summary>
    public UnitId? Unit { get; }

    /// <summary>The groups' scores, in the sheet's order.</summary>
    /// <remarks>
    /// For a score from <see cref="ScoringSheet.ScoreAll"/>, made when first read and the same list on every later read.
    /// Safe to read from several threads at once: one list is published, and any made beside it is equal to it.
    /// </remarks>
    public IReadOnlyList<GroupScore> Groups
    {
        get
        {
            var made = Volatile.Read(ref groups);
            if (made is null)
            {
                var source = table!;
                made = Sheet.ScoreGroups(code => source.Cell(row, source.ColumnOf(code)));
                made = Interlocked.CompareExchange(ref groups, made, null) ?? made;
            }

            return made;
        }
    }

    /// <summary>The sum of the points scored; when <see cref="IsComplete"/> is false, a sum over part of the sheet only.</summary>
    public decimal Total { get; }

    /// <summary>The sheet's maximum points.</summary>
    public decimal MaximumPoints => Sheet.MaximumPoints;

    /// <summary>How many sub-indicators have no points (missing or not meaningful).</summary>
    public int Unscored { get; }

    /// <summary>The maximum points of the sub-indicators without points.</summary>
    public decimal UnscoredPoints { get; }

    /// <summary>How many sub-indicators without data scored zero because the sheet says <see cref="MissingDataPolicy.ScoresZero"/>.</summary>
    public int ScoredZeroForMissing { get; }

    /// <summary>Whether every sub-indicator has points, so the total is a true total.</summary>
    public bool IsComplete => Unscored == 0;

    /// <summary>The rating, or <see langword="null"/> when the total is incomplete or the sheet has no rating scale.</summary>
    public Rating? Rating { get; }

    /// <summary>
    /// Says the result: "HG: Chỉ số 766 (minh họa) 87,5/100 điểm — xếp loại Khá (Tốt từ 90, Khá từ 75, …; ngưỡng do
    /// người dùng đặt)." / "HG: 766 index (illustrative) 87.5 of 100 points — rated Fair (…)."
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var who = Unit is { } unit ? $"{unit}: " : string.Empty;
        var total = Display.Natural(Total, language, 2);
        var max = Display.Natural(MaximumPoints, language);
        var name = Sheet.Name.In(language);
        var zero = ScoredZeroForMissing > 0
            ? language.Format(Phrase.SheetScoredZeroForMissing, ScoredZeroForMissing)
            : string.Empty;
        if (!IsComplete)
        {
            var lacking = Display.Natural(UnscoredPoints, language);
            return language.Format(Phrase.SheetIncomplete, who, name, total, max, Unscored, lacking, zero);
        }

        var rating = (Rating, Sheet.RatingScale) switch
        {
            ({ } r, { } scale) => language.Format(Phrase.SheetRated, r.Describe(language), scale.Describe(language)),
            _ => language[Phrase.SheetNoRatingScale],
        };
        return language.Format(Phrase.SheetTotal, who, name, total, max, zero, rating);
    }

    /// <summary>The sentence of <see cref="Describe"/>, then each group and its sub-indicators, one per line.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public string Explain(Language language)
    {
        var text = new StringBuilder(Describe(language));
        foreach (var group in Groups)
        {
            text.Append("\n  ").Append(group.Describe(language));
            foreach (var item in group.Items)
            {
                text.Append("\n    - ").Append(item.Describe(language));
            }
        }

        return text.ToString();
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
