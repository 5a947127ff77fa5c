using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Units;

public class UnitRegistryTest
{
    private static ResponsibleUnit Unit(string id, UnitKind kind, string? parent = null) =>
        new(new UnitId(id), new LocalizedText("Đơn vị " + id), kind, parent is null ? null : new UnitId(parent));

    // Hà Giang before 2025: the province, two departments, a district with two communes.
    private static readonly ResponsibleUnit[] HaGiang =
    [
        Unit("HG.BQ.XA", UnitKind.Commune, "HG.BQ"),
        Unit("HG", UnitKind.Province),
        Unit("HG.CA", UnitKind.Agency, "HG"),
        Unit("HG.STP", UnitKind.Department, "HG"),
        Unit("HG.BQ", UnitKind.District, "HG"),
        Unit("HG.BQ.TT", UnitKind.Commune, "HG.BQ"),
    ];

    private static UnitId Id(string id) => new(id);

    [Fact]
    public void Walks_ancestors_nearest_first()
    {
        var registry = UnitRegistry.Create(HaGiang);
        registry.AncestorsOf(Id("HG.BQ.XA")).Select(u => u.Id.Value).Should().Equal("HG.BQ", "HG");
        registry.AncestorsOf(Id("HG")).Should().BeEmpty();
    }

    [Fact]
    public void Walks_descendants_depth_first_in_the_given_order()
    {
        var registry = UnitRegistry.Create(HaGiang);
        registry.DescendantsOf(Id("HG")).Select(u => u.Id.Value)
            .Should().Equal("HG.CA", "HG.STP", "HG.BQ", "HG.BQ.XA", "HG.BQ.TT");
        registry.DescendantsOf(Id("HG.BQ.TT")).Should().BeEmpty();
    }

    [Fact]
    public void Gives_the_path_from_the_root()
    {
        var registry = UnitRegistry.Create(HaGiang);
        registry.PathOf(Id("HG.BQ.TT")).Select(u => u.Id.Value).Should().Equal("HG", "HG.BQ", "HG.BQ.TT");
        registry.PathOf(Id("HG")).Select(u => u.Id.Value).Should().Equal("HG");
    }

    [Fact]
    public void Knows_roots_children_parents_and_ancestry()
    {
        var registry = UnitRegistry.Create(HaGiang);
        registry.Count.Should().Be(6);
        registry.Roots.Select(u => u.Id.Value).Should().Equal("HG");
        registry.ChildrenOf(Id("HG.BQ")).Select(u => u.Id.Value).Should().Equal("HG.BQ.XA", "HG.BQ.TT");
        registry.ParentOf(Id("HG.CA"))!.Id.Should().Be(Id("HG"));
        registry.ParentOf(Id("HG")).Should().BeNull();
        registry.IsAncestorOf(Id("HG"), Id("HG.BQ.TT")).Should().BeTrue();
        registry.IsAncestorOf(Id("HG.CA"), Id("HG.BQ.TT")).Should().BeFalse();
        registry.TryGet(Id("XX"), out _).Should().BeFalse();
        registry.Contains(Id("HG.STP")).Should().BeTrue();
    }

    [Fact]
    public void A_duplicate_id_is_refused_naming_it_and_its_positions()
    {
        var act = () => UnitRegistry.Create([.. HaGiang, Unit("HG.CA", UnitKind.Agency, "HG")]);
        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*'HG.CA'*2 and 6*");
    }

    [Fact]
    public void An_unknown_parent_is_refused_naming_it()
    {
        var act = () => UnitRegistry.Create([.. HaGiang, Unit("TQ.X", UnitKind.Commune, "TQ")]);
        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*'TQ.X'*'TQ'*not registered*");
    }

    [Fact]
    public void A_cycle_is_refused_naming_its_units()
    {
        var act = () => UnitRegistry.Create([Unit("A", UnitKind.Other, "C"), Unit("B", UnitKind.Other, "A"), Unit("C", UnitKind.Other, "B")]);
        act.Should().Throw<ArgumentException>().WithParameterName("units").WithMessage("*cycle*A → C → B → A*");
    }

    [Fact]
    public void A_unit_cannot_be_its_own_parent()
    {
        var act = () => Unit("A", UnitKind.Other, "A");
        act.Should().Throw<ArgumentException>().WithParameterName("parentId");
    }

    [Fact]
    public void Asking_for_an_unknown_unit_names_it()
    {
        var registry = UnitRegistry.Create(HaGiang);
        var act = () => registry[Id("TQ")];
        act.Should().Throw<ArgumentException>().WithParameterName("id").WithMessage("*'TQ'*");
        var children = () => registry.ChildrenOf(Id("TQ"));
        children.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void Ids_refuse_blank_and_padded_text()
    {
        var blank = () => new UnitId(" ");
        blank.Should().Throw<ArgumentException>().WithParameterName("value");
        var padded = () => new UnitId("HG ");
        padded.Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("*'HG '*");
    }

    [Fact]
    public void Units_are_equal_by_their_fields()
    {
        Unit("HG", UnitKind.Province).Should().Be(Unit("HG", UnitKind.Province));
        Unit("HG", UnitKind.Province).Should().NotBe(Unit("HG", UnitKind.Agency));
        (Id("a") < Id("b")).Should().BeTrue();
        Id("HG").Should().NotBe(Id("hg"));
    }

    [Fact]
    public void An_empty_registry_has_no_units() => UnitRegistry.Empty.Count.Should().Be(0);
}
