using De06Metrics.Text;

namespace De06Metrics.Evaluation;

/// <summary>Says a <see cref="TargetStatus"/> in words, as a status cell or badge shows it.</summary>
public static class TargetStatusExtensions
{
    /// <summary>The status as a label: "Vượt chỉ tiêu" / "Exceeded", "Cơ bản đạt" / "Basically met", "Chưa đạt" / "Not met".</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public static string Describe(this TargetStatus status, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language[status switch
        {
            TargetStatus.Exceeded => Phrase.StatusExceeded,
            TargetStatus.Met => Phrase.StatusMet,
            TargetStatus.BasicallyMet => Phrase.StatusBasicallyMet,
            TargetStatus.NotMet => Phrase.StatusNotMet,
            TargetStatus.NoData => Phrase.StatusNoData,
            TargetStatus.Invalid => Phrase.StatusInvalid,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, $"Status {(int)status} is not defined."),
        }];
    }
}
