using De06Metrics.Units;

namespace De06Metrics.Timeline;

/// <summary>
/// A unit as it stood over an interval: its name and parent between two events. A unit renamed once has two versions
/// under one id.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UnitVersion
{
    internal UnitVersion(ResponsibleUnit unit, ValidityInterval validity, SuccessionEvent? startedBy, SuccessionEvent? endedBy)
    {
        Unit = unit;
        Validity = validity;
        StartedBy = startedBy;
        EndedBy = endedBy;
    }

    /// <summary>The unit as it stood: id, name, kind, parent.</summary>
    public ResponsibleUnit Unit { get; }

    /// <summary>The days this version was in force.</summary>
    public ValidityInterval Validity { get; }

    /// <summary>The event that began this version (created, renamed or moved the unit), or <see langword="null"/> for the initial tree.</summary>
    public SuccessionEvent? StartedBy { get; }

    /// <summary>The event that ended this version, or <see langword="null"/> while it is in force.</summary>
    public SuccessionEvent? EndedBy { get; }

    /// <summary>Describes the version: "HG (Tỉnh Hà Giang) … – 2025-06-30".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Unit} {Validity}";
}
