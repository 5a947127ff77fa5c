namespace De06Metrics.Scoring;

/// <summary>
/// A rating band by total score, as used for Decision 766/QĐ-TTg's index: Tốt / Khá / Trung bình / Yếu. The cut-offs
/// are set by a <see cref="RatingScale"/>; the library ships none.
/// </summary>
public enum Rating
{
    /// <summary>Yếu / Poor: below the <see cref="RatingScale.Average"/> cut-off.</summary>
    Poor = 0,

    /// <summary>Trung bình / Average: from the <see cref="RatingScale.Average"/> cut-off.</summary>
    Average = 1,

    /// <summary>Khá / Fair: from the <see cref="RatingScale.Fair"/> cut-off.</summary>
    Fair = 2,

    /// <summary>Tốt / Good: from the <see cref="RatingScale.Good"/> cut-off.</summary>
    Good = 3,
}
