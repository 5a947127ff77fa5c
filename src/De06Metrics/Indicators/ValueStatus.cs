namespace De06Metrics.Indicators;

/// <summary>
/// How firm a figure is: reported, or an estimate ("ước"), a preliminary figure ("sơ bộ"), a value derived from
/// other statements, a value restated into other units, or a revision of a figure published earlier.
/// </summary>
/// <remarks>
/// The members are ordered from the firmest to the least firm. A figure computed from others (a roll-up of the
/// children's values, a change against an earlier period) takes the least firm status of what it is computed from
/// (<see cref="ValueStatusExtensions.LeastFirm"/>): a change over an estimate is an estimate. <see cref="Reported"/>,
/// the default, carries no mark.
/// </remarks>
public enum ValueStatus
{
    /// <summary>The figure as reported: no mark.</summary>
    Reported = 0,

    /// <summary>A later publication of a figure published before (<see cref="Observation.PublishedOn"/>): "điều chỉnh".</summary>
    Revised = 1,

    /// <summary>A figure restated into the units of a later date, after a merger or a split: "quy đổi".</summary>
    Restated = 2,

    /// <summary>A figure the source does not state but implies, worked out from what it states: "suy ra".</summary>
    Derived = 3,

    /// <summary>A preliminary figure, to be replaced by the final one: "sơ bộ".</summary>
    Preliminary = 4,

    /// <summary>An estimate, not yet counted: "ước tính".</summary>
    Estimated = 5,
}
