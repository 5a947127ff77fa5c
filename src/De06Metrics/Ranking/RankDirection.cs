namespace De06Metrics.Ranking;

/// <summary>Which way a unit moved between two ranks in the same field.</summary>
public enum RankDirection
{
    /// <summary>The same position: "giữ nguyên thứ hạng" / "unchanged".</summary>
    Unchanged = 0,

    /// <summary>A better (smaller) position: "tăng N bậc" / "up N places".</summary>
    Up = 1,

    /// <summary>A worse (larger) position: "giảm N bậc" / "down N places".</summary>
    Down = 2,

    /// <summary>The two ranks are out of fields of different sizes, so their positions are not compared.</summary>
    NotComparable = 3,
}
