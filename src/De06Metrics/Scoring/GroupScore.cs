using De06Metrics.Text;

namespace De06Metrics.Scoring;

/// <summary>A group's score: its sub-indicators' scores and their sum out of the group's maximum.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GroupScore
{
    internal GroupScore(ScoringGroup group, IReadOnlyList<SubIndicatorScore> items)
    {
        Group = group;
        Items = items;
        // Points such as 2 × 45 / 86,16 have 28 digits, and a sum of them rounds: added in ascending order, the sum
        // does not depend on the order the sub-indicators are listed in.
        Points = items.Select(item => item.Points ?? 0m).Order().Sum();
        Unscored = items.Count(item => item.Points is null);
        UnscoredPoints = items.Where(item => item.Points is null).Sum(item => item.Item.MaximumPoints);
    }

    /// <summary>The group.</summary>
    public ScoringGroup Group { get; }

    /// <summary>The sub-indicators' scores, in the group's order.</summary>
    public IReadOnlyList<SubIndicatorScore> Items { get; }

    /// <summary>The sum of the points scored; when <see cref="IsComplete"/> is false, a sum over part of the group only.</summary>
    public decimal Points { get; }

    /// <summary>The group's maximum points.</summary>
    public decimal MaximumPoints => Group.MaximumPoints;

    /// <summary>How many sub-indicators have no points (missing or not meaningful).</summary>
    public int Unscored { get; }

    /// <summary>The maximum points of the sub-indicators without points: what the sum may lack.</summary>
    public decimal UnscoredPoints { get; }

    /// <summary>Whether every sub-indicator has points.</summary>
    public bool IsComplete => Unscored == 0;

    /// <summary>
    /// Says the group's score: "CKMB (Công khai, minh bạch): 15,5/18 điểm" or, incomplete, "… 10/18 điểm, chưa đủ: 1
    /// chỉ tiêu chưa chấm (tối đa 6 điểm)".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var points = Display.Natural(Points, language, 2);
        var max = Display.Natural(MaximumPoints, language);
        var head = $"{Group.Code} ({Group.Name.In(language)})";
        if (IsComplete)
        {
            return language.Format(Phrase.GroupComplete, head, points, max);
        }

        var lacking = Display.Natural(UnscoredPoints, language);
        return language.Format(Phrase.GroupIncomplete, head, points, max, Unscored, lacking);
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
