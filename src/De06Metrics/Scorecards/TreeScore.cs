using System.Collections.Immutable;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Scorecards;

/// <summary>A <see cref="ScorecardTree"/> scored for one unit: the root's score and every node's below it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TreeScore
{
    internal TreeScore(ScorecardTree tree, UnitId unit, LocalizedText unitName, NodeScore root)
    {
        Tree = tree;
        Unit = unit;
        UnitName = unitName;
        Root = root;
        var nodes = ImmutableArray.CreateBuilder<NodeScore>();
        Add(root);
        Nodes = nodes.ToImmutable();

        void Add(NodeScore node)
        {
            nodes.Add(node);
            foreach (var child in node.Children)
            {
                Add(child);
            }
        }
    }

    /// <summary>The tree.</summary>
    public ScorecardTree Tree { get; }

    /// <summary>The unit scored.</summary>
    public UnitId Unit { get; }

    /// <summary>The unit's name.</summary>
    public LocalizedText UnitName { get; }

    /// <summary>The root's score: the whole scorecard's.</summary>
    public NodeScore Root { get; }

    /// <summary>Every node's score, in the order of <see cref="ScorecardTree.Nodes"/>.</summary>
    public ImmutableArray<NodeScore> Nodes { get; }

    /// <summary>The unit's name, then one sentence a node, indented two spaces a level.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return UnitName.In(language) + "\n" + string.Join('\n', Nodes.Select(node => new string(' ', 2 * (node.Depth + 1)) + node.Describe(language)));
    }

    /// <summary>Returns the text in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
