using System.Reflection;
using De06Metrics.Text;
using NetArchTest.Rules;

namespace De06Metrics.Tests.Architecture;

/// <summary>
/// The package's namespaces form layers, bottom up: each uses only the layers below it, never one beside or above it,
/// so no two namespaces depend on each other. docs/architecture.md draws the same diagram.
/// </summary>
public sealed class LayerTest
{
    /// <summary>The layers, bottom up; the namespaces of one layer are siblings and do not use each other.</summary>
    private static readonly string[][] Layers =
    [
        ["Text"],
        ["Measures", "Periods"],
        ["Units"],
        ["Indicators"],
        ["Evaluation", "Growth", "Ranking"],
        ["Composite"],
        ["Scoring"],
        ["Timeline"],
        ["Tasks"],
        ["Scorecards"],
        ["Reporting", "Serialization"],
    ];

    private static readonly Assembly Package = typeof(Language).Assembly;

    public static TheoryData<string> Namespaces() => [.. Layers.SelectMany(layer => layer)];

    [Fact]
    public void Every_namespace_of_the_package_has_a_layer()
    {
        var placed = Layers.SelectMany(layer => layer).Select(name => "De06Metrics." + name).ToHashSet();
        var namespaces = Package.GetTypes()
            .Where(type => !IsCompilerGenerated(type))
            .Select(type => type.Namespace ?? "(global)")
            .Distinct();

        namespaces.Should().OnlyContain(name => placed.Contains(name), "a new namespace takes its place in the layers (and in docs/architecture.md)");
    }

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void A_namespace_uses_only_the_layers_below_it(string name)
    {
        var level = Array.FindIndex(Layers, layer => layer.Contains(name));
        var forbidden = Layers.Skip(level).SelectMany(layer => layer).Where(other => other != name).Select(other => "De06Metrics." + other).ToArray();

        var result = Types.InAssembly(Package)
            .That().ResideInNamespace("De06Metrics." + name)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        (result.FailingTypes ?? []).Select(type => type.FullName + (type.Explanation is null ? string.Empty : " (" + type.Explanation + ")")).Should().BeEmpty(
            "De06Metrics.{0} may use only the layers below it, not {1}", name, string.Join(", ", forbidden));
    }

    [Fact]
    public void The_rule_catches_an_upward_reference()
    {
        // Scorecards stand on Indicators, so the same check run the wrong way round must fail: the test can fail.
        var result = Types.InAssembly(Package)
            .That().ResideInNamespace("De06Metrics.Scorecards")
            .ShouldNot().HaveDependencyOnAny("De06Metrics.Indicators")
            .GetResult();

        result.IsSuccessful.Should().BeFalse();
    }

    private static bool IsCompilerGenerated(Type type) =>
        type.Namespace is null || type.Name.StartsWith('<') || type.FullName?.Contains('<', StringComparison.Ordinal) == true;
}
