namespace De06Metrics.Evaluation;

/// <summary>The colour a band is shown in.</summary>
public enum BandColour
{
    /// <summary>Green: on or above target ("xanh").</summary>
    Green = 0,

    /// <summary>Yellow: close to the target, or partly achieved ("vàng").</summary>
    Yellow = 1,

    /// <summary>Amber: close to the target (traffic lights).</summary>
    Amber = 2,

    /// <summary>Red: off target ("đỏ").</summary>
    Red = 3,

    /// <summary>Grey: no data ("xám").</summary>
    Grey = 4,

    /// <summary>Blue: a colour for schemes that need a fourth band.</summary>
    Blue = 5,
}
