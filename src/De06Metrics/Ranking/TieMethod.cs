namespace De06Metrics.Ranking;

/// <summary>
/// How values that tie share ranks. Each member names the convention it follows in pandas (<c>Series.rank</c>
/// <c>method=</c>), Excel and MathNet.Numerics (<c>RankDefinition</c>), and shows the ranks it gives to four values
/// of which the second and third tie.
/// </summary>
/// <remarks>
/// Which value is "first" depends on the <see cref="Measures.Polarity"/>: the best value ranks 1. Ties are exact
/// equality unless a tolerance is given (see <see cref="Ranks"/>). <c>-0.0</c> and <c>0.0</c> tie, as in pandas.
/// </remarks>
public enum TieMethod
{
    /// <summary>
    /// Fractional ranking, "1 2,5 2,5 4": tied values share the mean of the positions they occupy.
    /// pandas <c>'average'</c> (its default), Excel <c>RANK.AVG</c>, MathNet <c>RankDefinition.Average</c>.
    /// </summary>
    Average = 0,

    /// <summary>
    /// Standard competition ranking, "1224": tied values share the best position they occupy and a gap follows.
    /// pandas <c>'min'</c>, Excel <c>RANK.EQ</c> and <c>RANK</c>, MathNet <c>RankDefinition.Min</c> ("Sports").
    /// </summary>
    Min = 1,

    /// <summary>
    /// Modified competition ranking, "1334": tied values share the worst position they occupy; the gap comes first.
    /// pandas <c>'max'</c>, MathNet <c>RankDefinition.Max</c>; Excel has no function for it.
    /// </summary>
    Max = 2,

    /// <summary>
    /// Ordinal ranking, "1234": every value gets its own position; among tied values the one that comes first in
    /// the input ranks better, whichever the polarity. pandas <c>'first'</c>, MathNet <c>RankDefinition.First</c>.
    /// </summary>
    First = 3,

    /// <summary>
    /// Dense ranking, "1223": tied values share a rank and the next value takes the next whole number, with no gap.
    /// pandas <c>'dense'</c>; neither Excel nor MathNet has it.
    /// </summary>
    Dense = 4,
}
