
namespace De06Metrics.Periods;

public sealed partial class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable
{
    /// <summary>Whether <paramref name="other"/> has the same <see cref="Kind"/>, <see cref="Start"/> and <see cref="End"/>.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> for the same kind and dates; <see langword="false"/> for <see langword="null"/>.</returns>
    public bool Equals(ReportingPeriod? other) =>
        other is not null && Kind == other.Kind && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Start, End);

    /// <summary>
    /// Orders periods by <see cref="Start"/>, then by <see cref="End"/> (the shorter first), then by
    /// <see cref="Kind"/> in the order the enum declares, so that the order agrees with <see cref="Equals(ReportingPeriod)"/>.
    /// </summary>
    /// <param name="other">The other period; <see langword="null"/> sorts before every period.</param>
    /// <returns>Negative when this period sorts first, zero when equal, positive when it sorts after.</returns>
    /// <remarks>
    /// January 2024 sorts before Q1 2024 (same start, earlier end), which sorts before 2024; the first half-year and
    /// the six months to date ending 30 June cover the same days and sort by kind, the half-year first.
    /// </remarks>
    public int CompareTo(ReportingPeriod? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : ((int)Kind).CompareTo((int)other.Kind);
    }

    /// <summary>Compares with another object, which must be a <see cref="ReportingPeriod"/> or <see langword="null"/>.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>As <see cref="CompareTo(ReportingPeriod)"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ReportingPeriod"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException($"A reporting period cannot be compared with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether two periods have the same kind and dates; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two periods differ in kind or dates.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !(left == right);

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (see <see cref="CompareTo(ReportingPeriod)"/>).</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts after.</returns>
    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after.</returns>
    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) >= 0;

    private static int Compare(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
