using System.Collections.Immutable;
using De06Metrics.Serialization;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Csv;

/// <summary>The parts cell of a split in <c>successions.csv</c>.</summary>
internal static class PartsCell
{
    /// <summary>
    /// Reads a split's parts as a CSV cell writes them: parts separated by <c>|</c>, each a unit id, then optionally
    /// <c>=</c> and its share, then optionally <c>:</c> and the children it takes, separated by <c>;</c> or <c>,</c>:
    /// <c>HG.A=0,6: HG.A.1; HG.A.2 | HG.B=0,4: HG.B.1</c>.
    /// </summary>
    public static ImmutableArray<PartSpec>? Parse(string text, CellValues values, out string error)
    {
        error = string.Empty;
        var parts = ImmutableArray.CreateBuilder<PartSpec>();
        foreach (var piece in text.Split('|', StringSplitOptions.TrimEntries))
        {
            var colon = piece.IndexOf(':', StringComparison.Ordinal);
            var head = (colon < 0 ? piece : piece[..colon]).Trim();
            var tail = colon < 0 ? string.Empty : piece[(colon + 1)..];
            var equals = head.IndexOf('=', StringComparison.Ordinal);
            var id = (equals < 0 ? head : head[..equals]).Trim();
            if (id.Length == 0 || id.AsSpan().IndexOfAny(";,") >= 0)
            {
                error = $"the part '{piece}' does not start with a unit id; write each part as UNIT=SHARE: CHILD; CHILD, parts separated by '|'.";
                return null;
            }

            decimal? share = null;
            if (equals >= 0)
            {
                var number = head[(equals + 1)..].Trim();
                if (!values.TryNumber(number, out var value, out var why))
                {
                    error = $"the share '{number}' of part '{id}': {why}";
                    return null;
                }

                share = value;
            }

            var children = tail.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(child => new UnitId(child)).ToImmutableArray();
            parts.Add(new PartSpec(new UnitId(id), share, children));
        }

        return parts.ToImmutable();
    }

    /// <summary>Writes a split's parts in the form <see cref="Parse"/> reads.</summary>
    public static string Format(UnitSplit split, DecimalSeparator separator) => string.Join(" | ", split.Parts.Select(part =>
        part.Successor.Value +
        (part.Share is { } share ? "=" + CellValues.FormatNumber(share, separator) : string.Empty) +
        (part.Children.IsEmpty ? string.Empty : ": " + string.Join("; ", part.Children.Select(child => child.Value)))));

}
