namespace De06Metrics.Growth;

/// <summary>Which way a value moved, regardless of whether that is good ("tăng" / "giảm").</summary>
public enum ChangeDirection
{
    /// <summary>The current value equals the base value.</summary>
    Unchanged = 0,

    /// <summary>The current value is larger than the base value ("tăng").</summary>
    Increase = 1,

    /// <summary>The current value is smaller than the base value ("giảm").</summary>
    Decrease = 2,
}
