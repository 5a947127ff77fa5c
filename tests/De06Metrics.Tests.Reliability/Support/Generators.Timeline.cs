using FsCheck;
using FsCheck.Fluent;

namespace De06Metrics.Tests.Reliability.Support;

internal static partial class Generators
{
    /// <summary>Valid histories of 1–20 event dates over a tree of 1–3 provinces (see <see cref="TimelineHistory"/>).</summary>
    public static Gen<TimelineHistory> Timeline { get; } =
        from seed in Gen.Choose(0, int.MaxValue)
        from steps in Gen.Choose(1, 20)
        select TimelineHistory.Generate(seed, steps);

    /// <summary>As <see cref="Timeline"/>, with a share on every split part, so that figures move and are never rebuilt from children.</summary>
    public static Gen<TimelineHistory> TimelineWithShares { get; } =
        from seed in Gen.Choose(0, int.MaxValue)
        from steps in Gen.Choose(1, 20)
        select TimelineHistory.Generate(seed, steps, sharesOnly: true);
}
