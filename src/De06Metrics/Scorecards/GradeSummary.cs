using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Text;

namespace De06Metrics.Scorecards;

/// <summary>
/// How many scorecard rows reached which grade: "7/8 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa đạt" — the count that opens
/// every Vietnamese periodic report.
/// </summary>
/// <remarks>
/// <para>
/// A row is graded when it has a target: it is then exceeded, met, basically met, not met, or without data (a target
/// but no value, never read as zero), or not yet judged, its figure undated and its period not over on the evaluation
/// date (<see cref="PeriodNotEnded"/>). A row with a value but no target is counted in <see cref="WithoutTarget"/> and
/// graded nowhere else. The counts add up: <c>Exceeded + Met + BasicallyMet + NotMet + NoData + PeriodNotEnded = Graded</c>, and
/// <c>Graded + WithoutTarget</c> is the number of rows counted.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly struct GradeSummary : IEquatable<GradeSummary>
{
    private GradeSummary(int exceeded, int met, int basicallyMet, int notMet, int noData, int withoutTarget, int periodNotEnded)
    {
        PeriodNotEnded = periodNotEnded;
        Exceeded = exceeded;
        Met = met;
        BasicallyMet = basicallyMet;
        NotMet = notMet;
        NoData = noData;
        WithoutTarget = withoutTarget;
    }

    /// <summary>Rows better than their target beyond the tolerance ("vượt chỉ tiêu").</summary>
    public int Exceeded { get; }

    /// <summary>Rows on their target or better within the tolerance ("đạt chỉ tiêu").</summary>
    public int Met { get; }

    /// <summary>Rows short of their target by no more than the tolerance ("cơ bản đạt").</summary>
    public int BasicallyMet { get; }

    /// <summary>Rows short of their target beyond the tolerance ("chưa đạt").</summary>
    public int NotMet { get; }

    /// <summary>Rows with a target but no value ("chưa có số liệu").</summary>
    public int NoData { get; }

    /// <summary>
    /// Rows with a target whose figure has no date of its own and whose period had not ended on the evaluation date
    /// (<see cref="ScorecardRow.IsBeforePeriodEnd"/>): not judged yet ("chưa đánh giá do kỳ báo cáo chưa kết thúc"), and
    /// not counted in <see cref="NoData"/>.
    /// </summary>
    public int PeriodNotEnded { get; }

    /// <summary>Rows with a value but no target: shown, not graded.</summary>
    public int WithoutTarget { get; }

    /// <summary>Rows with a target: every graded row, with or without a value.</summary>
    public int Graded => Exceeded + Met + BasicallyMet + NotMet + NoData + PeriodNotEnded;

    /// <summary>Rows that met or exceeded their target ("đạt và vượt").</summary>
    public int MetOrExceeded => Exceeded + Met;

    /// <summary>Counts the grades of scorecard rows.</summary>
    /// <param name="rows">The rows, for example <see cref="ScorecardResult.Rows"/> or one unit's.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or one of them is <see langword="null"/>.</exception>
    public static GradeSummary Of(IEnumerable<ScorecardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int exceeded = 0, met = 0, basicallyMet = 0, notMet = 0, noData = 0, withoutTarget = 0, periodNotEnded = 0;
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            switch (row.Status)
            {
                case null: withoutTarget++; break;
                case TargetStatus.Exceeded: exceeded++; break;
                case TargetStatus.Met: met++; break;
                case TargetStatus.BasicallyMet: basicallyMet++; break;
                case TargetStatus.NotMet: notMet++; break;
                case TargetStatus.NoData when row.IsBeforePeriodEnd: periodNotEnded++; break;
                case TargetStatus.NoData: noData++; break;
                default: throw new ArgumentException($"A scorecard row's status is {row.Status}, which no evaluation of a row gives.", nameof(rows));
            }
        }

        return new GradeSummary(exceeded, met, basicallyMet, notMet, noData, withoutTarget, periodNotEnded);
    }

    /// <summary>
    /// The counts as a report's sentence, leaving out the grades nobody reached: "7/8 chỉ tiêu đạt và vượt; 1 chỉ tiêu
    /// chưa đạt; 3 chỉ tiêu chưa giao mục tiêu" / "7 of 8 indicators met or exceeded; 1 not met; 3 without a target".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence, without a final full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var clauses = new List<string>(5)
        {
            Graded == 0
                ? language[Phrase.GradesNoneJudged]
                : language.Format(
                    Phrase.GradesMetOrExceeded,
                    language.FormatNumber(MetOrExceeded, 0),
                    language.FormatNumber(Graded, 0),
                    language.Count(Graded, Phrase.GradesIndicatorOne, Phrase.GradesIndicatorOther)),
        };
        AddClause(clauses, BasicallyMet, Phrase.GradesBasicallyMet, language);
        AddClause(clauses, NotMet, Phrase.GradesNotMet, language);
        AddClause(clauses, NoData, Phrase.GradesNoData, language);
        AddClause(clauses, PeriodNotEnded, Phrase.GradesPeriodNotEnded, language);
        AddClause(clauses, WithoutTarget, Phrase.GradesWithoutTarget, language);
        return string.Join(language[Phrase.GradesSeparator], clauses);
    }

    /// <inheritdoc />
    public bool Equals(GradeSummary other) =>
        Exceeded == other.Exceeded && Met == other.Met && BasicallyMet == other.BasicallyMet && NotMet == other.NotMet &&
        NoData == other.NoData && WithoutTarget == other.WithoutTarget && PeriodNotEnded == other.PeriodNotEnded;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GradeSummary other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Exceeded, Met, BasicallyMet, NotMet, NoData, WithoutTarget, PeriodNotEnded);

    /// <summary>Equality.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when every count is equal.</returns>
    public static bool operator ==(GradeSummary left, GradeSummary right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first summary.</param>
    /// <param name="right">The second summary.</param>
    /// <returns><see langword="true"/> when any count differs.</returns>
    public static bool operator !=(GradeSummary left, GradeSummary right) => !left.Equals(right);

    /// <summary>The counts for debugging: "exceeded 5, met 2, basically met 0, not met 1, no data 0, without target 3".</summary>
    /// <returns>The counts.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"exceeded {Exceeded}, met {Met}, basically met {BasicallyMet}, not met {NotMet}, no data {NoData}, without target {WithoutTarget}")
        + (PeriodNotEnded > 0 ? string.Create(CultureInfo.InvariantCulture, $", period not ended {PeriodNotEnded}") : string.Empty);

    private static void AddClause(List<string> clauses, int count, Phrase phrase, Language language)
    {
        if (count > 0)
        {
            clauses.Add(language.Format(phrase, language.FormatNumber(count, 0)));
        }
    }
}
