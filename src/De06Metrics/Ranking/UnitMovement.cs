using De06Metrics.Text;

namespace De06Metrics.Ranking;

/// <summary>One unit's place in two compared rankings: moved, entered or left.</summary>
/// <typeparam name="TKey">The unit id.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UnitMovement<TKey>
    where TKey : notnull
{
    internal UnitMovement(TKey key, FieldRank? previous, FieldRank? current)
    {
        Key = key;
        Previous = previous;
        Current = current;
    }

    /// <summary>The unit id.</summary>
    public TKey Key { get; }

    /// <summary>The unit's rank in the earlier ranking, or <see langword="null"/> when it was not in it.</summary>
    public FieldRank? Previous { get; }

    /// <summary>The unit's rank in the later ranking, or <see langword="null"/> when it is not in it.</summary>
    public FieldRank? Current { get; }

    /// <summary>Whether the unit is in both rankings, entered or left.</summary>
    public RankMovementKind Kind => (Previous, Current) switch
    {
        ({ }, { }) => RankMovementKind.InBoth,
        (null, _) => RankMovementKind.Entered,
        _ => RankMovementKind.Left,
    };

    /// <summary>The movement when the unit is in both rankings (possibly not comparable), else <see langword="null"/>.</summary>
    public RankChange? Change => Previous is { } previous && Current is { } current ? RankChange.Between(previous, current) : null;

    /// <summary>
    /// The movement in a sentence: the change with both ranks (<c>tăng 29 bậc, từ 40/63 lên 11/63</c>), or
    /// <c>mới vào bảng xếp hạng, xếp thứ 11/63</c> / <c>entered the ranking at 11/63</c>, or
    /// <c>không còn trong bảng xếp hạng (trước xếp thứ 40/63)</c> / <c>left the ranking (was 40/63)</c>.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Kind switch
        {
            RankMovementKind.InBoth => Change!.Value.ToString("L", language),
            RankMovementKind.Entered => language.Format(Phrase.RankEntered, Current!.Value.ToString("G", language)),
            _ => language.Format(Phrase.RankLeft, Previous!.Value.ToString("G", language)),
        };
    }

    /// <summary>Returns the id and the sentence in English, for diagnostics.</summary>
    /// <returns>For example <c>HG: up 29 places, from 40/63 to 11/63</c>.</returns>
    public override string ToString() => $"{Key}: {Describe(Language.English)}";
}
