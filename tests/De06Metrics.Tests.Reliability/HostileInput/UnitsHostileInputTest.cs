using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reliability.HostileInput;

/// <summary>Unit ids, units, responsibilities and the registry: duplicates, unknown ids, cycles and very deep trees.</summary>
public class UnitsHostileInputTest
{
    private static readonly LocalizedText Name = new("Đơn vị");

    [Fact]
    public void Ids_units_and_responsibilities_refuse_what_cannot_identify_a_unit()
    {
        Expect.ArgumentError(() => new UnitId(null!), "value");
        Expect.ArgumentError(() => new UnitId("\t"), "value");
        Expect.ArgumentError(() => new UnitId("HG "), "value", "'HG '");
        Expect.ArgumentError(() => new ResponsibleUnit(default, Name, UnitKind.Province), "id", "default");
        Expect.ArgumentError(() => new ResponsibleUnit(new UnitId("HG"), default, UnitKind.Province), "name", "'HG'");
        Expect.OutOfRange(() => new ResponsibleUnit(new UnitId("HG"), Name, (UnitKind)77), "kind", (UnitKind)77, "77");
        Expect.ArgumentError(() => new ResponsibleUnit(new UnitId("HG"), Name, UnitKind.Province, new UnitId("HG")), "parentId", "'HG'");
        Expect.ArgumentError(() => new ResponsibleUnit(new UnitId("HG"), Name, UnitKind.Province, default(UnitId)), "parentId", "default");
        Expect.ArgumentError(() => new Responsibility(default), "lead");
        Expect.ArgumentError(() => new Responsibility(new UnitId("A"), [new UnitId("A")]), "coordinating", "'A'");
        Expect.ArgumentError(() => new Responsibility(new UnitId("A"), [new UnitId("B"), new UnitId("B")]), "coordinating", "'B'");
    }

    [Fact]
    public void A_registry_refuses_null_duplicate_orphan_and_cyclic_units_naming_them()
    {
        var root = new ResponsibleUnit(new UnitId("HG"), Name, UnitKind.Province);
        Expect.ArgumentError(() => UnitRegistry.Create(null!), "units");
        Expect.ArgumentError(() => UnitRegistry.Create([root, null!]), "units", "Unit 1");
        Expect.ArgumentError(() => UnitRegistry.Create([root, root]), "units", "'HG'", "0", "1");
        Expect.ArgumentError(() => UnitRegistry.Create([new ResponsibleUnit(new UnitId("X"), Name, UnitKind.Commune, new UnitId("NOPE"))]), "units", "'X'", "'NOPE'");
        Expect.ArgumentError(() => UnitRegistry.Create(Catalog.Chain(3, cycle: true)), "units", "cycle", "U0", "U2");
    }

    /// <summary>Defect found: IsAncestorOf reported an unknown id under the indexer's parameter name, "id".</summary>
    [Fact]
    public void Queries_naming_an_unknown_unit_say_which_argument_and_which_id()
    {
        var registry = Catalog.Province(2, 2);
        var unknown = new UnitId("NOPE");
        Expect.ArgumentError(() => registry[unknown], "id", "'NOPE'");
        Expect.ArgumentError(() => registry.ParentOf(unknown), "id", "'NOPE'");
        Expect.ArgumentError(() => registry.ChildrenOf(unknown), "id", "'NOPE'");
        Expect.ArgumentError(() => registry.AncestorsOf(unknown), "id", "'NOPE'");
        Expect.ArgumentError(() => registry.DescendantsOf(unknown), "id", "'NOPE'");
        Expect.ArgumentError(() => registry.PathOf(unknown), "id", "'NOPE'");
        Expect.ArgumentError(() => registry.IsAncestorOf(unknown, new UnitId("HG")), "ancestor", "'NOPE'");
        Expect.ArgumentError(() => registry.IsAncestorOf(new UnitId("HG"), unknown), "descendant", "'NOPE'");
        Expect.ArgumentError(() => registry[default], "id");
        registry.TryGet(unknown, out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    /// <summary>A chain 100 000 deep: every walk is a loop, not a recursion, so none can overflow the stack.</summary>
    [Fact]
    public void A_unit_tree_100000_deep_is_built_and_walked_without_exhausting_the_stack()
    {
        const int depth = 100_000;
        var registry = UnitRegistry.Create(Enumerable.Reverse(Catalog.Chain(depth)));
        var deepest = new UnitId("U" + (depth - 1));
        registry.PathOf(deepest).Length.Should().Be(depth);
        registry.AncestorsOf(deepest).Count().Should().Be(depth - 1);
        registry.DescendantsOf(new UnitId("U0")).Count().Should().Be(depth - 1);
        registry.IsAncestorOf(new UnitId("U0"), deepest).Should().BeTrue();
        registry.IsAncestorOf(deepest, new UnitId("U0")).Should().BeFalse();

        Expect.ArgumentError(() => UnitRegistry.Create(Catalog.Chain(depth, cycle: true)), "units", "cycle");
    }
}
