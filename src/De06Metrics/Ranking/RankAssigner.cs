namespace De06Metrics.Ranking;

/// <summary>
/// Turns a sorted order into ranks the way pandas' <c>rank_sorted_1d</c> does, for any key type and output.
/// </summary>
internal static class RankAssigner
{
    /// <summary>Assigns ranks to the sorted values and to the missing ones.</summary>
    /// <param name="sorted">The present values, ascending, ties in input order.</param>
    /// <param name="missing">The input indices of missing values, ascending.</param>
    /// <param name="options">The ranking options.</param>
    /// <param name="writer">Receives the ranks.</param>
    public static void Assign<TSorted, TWriter>(scoped ref TSorted sorted, scoped ReadOnlySpan<int> missing, RankOptions options, scoped ref TWriter writer)
        where TSorted : ISortedValues, allows ref struct
        where TWriter : IRankWriter, allows ref struct
    {
        var present = sorted.Count;
        var missingCount = missing.Length;
        var keep = options.Missing == MissingPlacement.Keep;
        var missingRanked = !keep && missingCount > 0;
        var missingOnTop = missingRanked && options.Missing == MissingPlacement.Top;
        var ascending = options.Ascending;
        var ties = options.Ties;

        long groups = 0;
        if (ties == TieMethod.Dense)
        {
            groups = present == 0 ? 0 : 1;
            for (var p = 1; p < present; p++)
            {
                if (!sorted.TiesWithPrevious(p))
                {
                    groups++;
                }
            }
        }

        long divisor = 1;
        if (options.AsFraction)
        {
            divisor = ties == TieMethod.Dense
                ? groups + (missingRanked ? 1 : 0)
                : present + (keep ? 0 : missingCount);
        }

        long offset = missingOnTop ? missingCount : 0;
        long denseOffset = missingOnTop ? 1 : 0;
        long group = 0;
        var start = 0;
        while (start < present)
        {
            var end = start + 1;
            while (end < present && sorted.TiesWithPrevious(end))
            {
                end++;
            }

            long first = ascending ? offset + start + 1 : offset + (present - end) + 1;
            long size = end - start;
            long dense = (ascending ? group + 1 : groups - group) + denseOffset;
            if (ties == TieMethod.First && size > 1 && options.Tolerance > 0)
            {
                WriteFirstInInputOrder(ref sorted, start, end, first, divisor, ref writer);
                group++;
                start = end;
                continue;
            }

            if (ties == TieMethod.First)
            {
                for (var q = start; q < end; q++)
                {
                    writer.Write(sorted.IndexAt(q), 2 * (first + q - start), divisor);
                }
            }
            else
            {
                // Every member of a group shares one rank: worked out once, not once a member.
                var doubled = ties switch
                {
                    TieMethod.Average => (2 * first) + size - 1,
                    TieMethod.Min => 2 * first,
                    TieMethod.Max => 2 * (first + size - 1),
                    _ => 2 * dense,
                };
                for (var q = start; q < end; q++)
                {
                    writer.Write(sorted.IndexAt(q), doubled, divisor);
                }
            }

            group++;
            start = end;
        }

        if (keep)
        {
            foreach (var index in missing)
            {
                writer.WriteMissing(index);
            }

            return;
        }

        long missingFirst = missingOnTop ? 1 : present + 1;
        long missingDense = missingOnTop ? 1 : groups + 1;
        for (var t = 0; t < missingCount; t++)
        {
            var doubled = ties switch
            {
                TieMethod.Average => (2 * missingFirst) + missingCount - 1,
                TieMethod.Min => 2 * missingFirst,
                TieMethod.Max => 2 * (missingFirst + missingCount - 1),
                TieMethod.First => 2 * (missingFirst + t),
                _ => 2 * missingDense,
            };
            writer.Write(missing[t], doubled, divisor);
        }
    }

    /// <summary>
    /// Ranks a group of near-equal values (a tolerance tie) by input position, as <see cref="TieMethod.First"/> does
    /// for exact ties. The sort keeps exact ties in input order, but orders near-equal values by value, which would
    /// rank 1,0 ahead of 1,4 even when higher is better.
    /// </summary>
    private static void WriteFirstInInputOrder<TSorted, TWriter>(scoped ref TSorted sorted, int start, int end, long first, long divisor, scoped ref TWriter writer)
        where TSorted : ISortedValues, allows ref struct
        where TWriter : IRankWriter, allows ref struct
    {
        var size = end - start;
        var indices = System.Buffers.ArrayPool<int>.Shared.Rent(size);
        try
        {
            for (var q = start; q < end; q++)
            {
                indices[q - start] = sorted.IndexAt(q);
            }

            Array.Sort(indices, 0, size);
            for (var k = 0; k < size; k++)
            {
                writer.Write(indices[k], 2 * (first + k), divisor);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(indices);
        }
    }
}
