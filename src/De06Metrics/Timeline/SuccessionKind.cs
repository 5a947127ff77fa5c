namespace De06Metrics.Timeline;

/// <summary>What a <see cref="SuccessionEvent"/> does to the units it names.</summary>
public enum SuccessionKind
{
    /// <summary>A new unit comes into force with no predecessor (<see cref="UnitEstablishment"/>).</summary>
    Establishment = 0,

    /// <summary>Several units become one, an existing unit or a new one (<see cref="UnitMerger"/>).</summary>
    Merger = 1,

    /// <summary>One unit becomes several, by stated shares or by assigning its children (<see cref="UnitSplit"/>).</summary>
    Split = 2,

    /// <summary>A unit takes a new name and keeps its id (<see cref="UnitRename"/>).</summary>
    Rename = 3,

    /// <summary>A function, named by the indicators it answers for, moves from one unit to another (<see cref="FunctionTransfer"/>).</summary>
    FunctionTransfer = 4,

    /// <summary>A unit ends; its children move to another unit (<see cref="UnitAbolition"/>).</summary>
    Abolition = 5,
}
