using System.Collections.ObjectModel;
using System.Globalization;
using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Scoring;

/// <summary>
/// A points-based index: groups of scored sub-indicators summed to a total, and optionally a rating scale. Decision
/// 766/QĐ-TTg's index of service to citizens and businesses is one: six groups summing to 100 points.
/// </summary>
/// <remarks>
/// Missing data stays missing unless the sheet says <see cref="MissingDataPolicy.ScoresZero"/>: a total with a missing
/// sub-indicator is incomplete and not rated, since the points it lacks could change the rating. Immutable and
/// thread-safe.
/// </remarks>
public sealed class ScoringSheet
{
    /// <summary>Creates a sheet.</summary>
    /// <param name="name">The index's name.</param>
    /// <param name="groups">The groups; at least one, group codes and sub-indicator codes distinct across the sheet.</param>
    /// <param name="ratingScale">The rating cut-offs, or <see langword="null"/> for totals without a rating.</param>
    /// <param name="missingData">What a sub-indicator without data scores; by default nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> or a group is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The name is <c>default</c>, there are no groups, a code repeats, the groups' maximum points sum past the range of
    /// <see cref="decimal"/>, or the Good cut-off is above the sheet's maximum.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="missingData"/> is not defined.</exception>
    public ScoringSheet(LocalizedText name, IEnumerable<ScoringGroup> groups, RatingScale? ratingScale = null, MissingDataPolicy missingData = MissingDataPolicy.StaysMissing)
    {
        if (name == default)
        {
            throw new ArgumentException("A scoring sheet needs a name; default(LocalizedText) was given.", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(groups);
        if (!Enum.IsDefined(missingData))
        {
            throw new ArgumentOutOfRangeException(nameof(missingData), missingData, $"Missing-data policy {(int)missingData} is not defined.");
        }

        var list = groups.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A scoring sheet needs at least one group; none was given.", nameof(groups));
        }

        var groupCodes = new HashSet<string>(StringComparer.Ordinal);
        var itemCodes = new HashSet<IndicatorCode>();
        for (var g = 0; g < list.Count; g++)
        {
            var group = list[g] ?? throw new ArgumentNullException(nameof(groups), $"Group {g} is null.");

            if (!groupCodes.Add(group.Code))
            {
                throw new ArgumentException($"Group '{group.Code}' appears more than once.", nameof(groups));
            }

            foreach (var item in group.Items)
            {
                if (!itemCodes.Add(item.Code))
                {
                    throw new ArgumentException($"Sub-indicator '{item.Code}' appears in more than one group.", nameof(groups));
                }
            }
        }

        decimal maximum;
        try
        {
            maximum = list.Sum(group => group.MaximumPoints);
        }
        catch (OverflowException e)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The groups' maximum points ({string.Join(" + ", list.Select(g => string.Create(CultureInfo.InvariantCulture, $"'{g.Code}' {g.MaximumPoints}")))}) sum past the range of decimal (±7,9 × 10^28)."),
                nameof(groups), e);
        }

        if (ratingScale is not null && ratingScale.Good > maximum)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The Good cut-off {ratingScale.Good} is above the sheet's maximum of {maximum} points, so Good could never be reached."),
                nameof(ratingScale));
        }

        Name = name;
        Groups = new ReadOnlyCollection<ScoringGroup>(list);
        MaximumPoints = maximum;
        RatingScale = ratingScale;
        MissingData = missingData;
    }

    /// <summary>The index's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The groups, in order.</summary>
    public IReadOnlyList<ScoringGroup> Groups { get; }

    /// <summary>The sum of the groups' maximum points (100 for Decision 766/QĐ-TTg's index).</summary>
    public decimal MaximumPoints { get; }

    /// <summary>The rating cut-offs, if any.</summary>
    public RatingScale? RatingScale { get; }

    /// <summary>What a sub-indicator without data scores.</summary>
    public MissingDataPolicy MissingData { get; }

    /// <summary>Scores one unit's values.</summary>
    /// <param name="values">The values by sub-indicator code; a code absent is missing, a code the sheet does not use is ignored.</param>
    /// <param name="unit">The unit scored, if any, to name it in the result.</param>
    /// <returns>The score of every sub-indicator and group, the total and the rating.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public SheetScore Score(IReadOnlyDictionary<IndicatorCode, decimal> values, UnitId? unit = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Score(code => values.TryGetValue(code, out var value) ? value : null, unit);
    }

    /// <summary>Scores every unit of a table.</summary>
    /// <param name="table">The values; a code without a column is missing for every unit.</param>
    /// <returns>One score per unit, in the table's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<SheetScore> ScoreAll(IndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        // Each unit's totals come from the rules' points alone; its groups, sub-indicators and rule steps are made when
        // first read (SheetScore.Groups), from the same table, so that scoring many units makes one object a unit.
        var columns = Groups.Select(group => group.Items.Select(item => table.ColumnOf(item.Code)).ToArray()).ToArray();
        var rules = Groups.Select(group => group.Items.Select(item => item.Rule).ToArray()).ToArray();
        var itemPoints = new decimal[Groups.Max(group => group.Items.Count)];
        var groupPoints = new decimal[Groups.Count];
        var scores = new SheetScore[table.Units.Count];
        for (var row = 0; row < scores.Length; row++)
        {
            var unscored = 0;
            var unscoredPoints = 0m;
            var scoredZero = 0;
            for (var g = 0; g < groupPoints.Length; g++)
            {
                var groupRules = rules[g];
                var groupColumns = columns[g];
                var groupUnscoredPoints = 0m;
                for (var i = 0; i < groupRules.Length; i++)
                {
                    var points = groupRules[i].PointsOf(table.Cell(row, groupColumns[i]), MissingData, out var status);
                    itemPoints[i] = points ?? 0m;
                    if (points is null)
                    {
                        unscored++;
                        groupUnscoredPoints += groupRules[i].MaximumPoints;
                    }

                    if (status == ScoreStatus.MissingScoredZero)
                    {
                        scoredZero++;
                    }
                }

                groupPoints[g] = SumAscending(itemPoints.AsSpan(0, groupRules.Length));
                unscoredPoints += groupUnscoredPoints;
            }

            scores[row] = new SheetScore(this, table, row, SumAscending(groupPoints), unscored, unscoredPoints, scoredZero);
        }

        return scores;
    }

    /// <summary>Describes the sheet: its name, groups with their maximum points, and rating scale.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var groups = string.Join(", ", Groups.Select(g => $"{g.Code} {Display.Natural(g.MaximumPoints, language)}"));
        var rating = RatingScale?.Describe(language) ?? language[Phrase.SheetNoRating];
        return language.Format(Phrase.SheetDefinition, Name.In(language), Display.Natural(MaximumPoints, language), groups, rating);
    }

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    private SheetScore Score(Func<IndicatorCode, decimal?> valueOf, UnitId? unit) => new(this, unit, ScoreGroups(valueOf));

    /// <summary>Every group's score, with its sub-indicators and the rule step each took.</summary>
    internal GroupScore[] ScoreGroups(Func<IndicatorCode, decimal?> valueOf)
    {
        var groups = new GroupScore[Groups.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            var group = Groups[g];
            var items = new SubIndicatorScore[group.Items.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var item = group.Items[i];
                items[i] = new SubIndicatorScore(item, item.Rule.Score(valueOf(item.Code), MissingData));
            }

            groups[g] = new GroupScore(group, items);
        }

        return groups;
    }

    /// <summary>
    /// Adds points in ascending order, as <see cref="GroupScore.Points"/> and <see cref="SheetScore.Total"/> do, so that
    /// the order of the items cannot move a total that lies on a cut-off. Sorts <paramref name="points"/> in place.
    /// </summary>
    private static decimal SumAscending(Span<decimal> points)
    {
        if (TryExactSum(points, out var exact))
        {
            return exact;
        }

        // A group has a handful of items: sorted by insertion, without the general sort's set-up.
        for (var i = 1; i < points.Length; i++)
        {
            var point = points[i];
            var j = i - 1;
            for (; j >= 0 && points[j] > point; j--)
            {
                points[j + 1] = points[j];
            }

            points[j + 1] = point;
        }

        var sum = 0m;
        foreach (var point in points)
        {
            sum += point;
        }

        return sum;
    }

    /// <summary>
    /// The sum in the points' own order when no addition rounds, which makes the order irrelevant (the common case of
    /// points with a few decimals); <see langword="false"/> as soon as one would round. An exact decimal sum keeps the
    /// larger of the two scales; a rounded one has fewer.
    /// </summary>
    private static bool TryExactSum(ReadOnlySpan<decimal> points, out decimal sum)
    {
        sum = 0m;
        foreach (var point in points)
        {
            var next = sum + point;
            if (next.Scale != Math.Max(sum.Scale, point.Scale))
            {
                return false;
            }

            sum = next;
        }

        return true;
    }
}
