using System.Numerics;

namespace De06Metrics.Serialization;

/// <summary>
/// The keys seen, by the slots of their indicator, unit and period (each below its count, numbered as first seen):
/// a bit for each period of each indicator and unit while that takes at most a given size (16 MiB), the
/// periods' room doubling as later periods come; past it, a set of the keys packed in a number. Either way a key
/// is found again exactly when it was added.
/// </summary>
internal sealed class SeenKeys
{
    /// <summary>The most bytes of bits held before the keys go to a set.</summary>
    public const long MostBitBytes = 16 * 1024 * 1024;

    /// <summary>Bits of a packed key's period slot: a period's slot is below 2^21.</summary>
    public const int PeriodBits = 21;

    /// <summary>Bits of a packed key's unit slot: a unit's slot is below 2^22.</summary>
    public const int UnitBits = 22;

    /// <summary>Bits of a packed key's indicator slot, above the unit's: an indicator's slot is below 2^20.</summary>
    public const int IndicatorBits = 20;

    private readonly long mostBitBytes;
    private readonly int units;
    private readonly long pairs;
    private ulong[]? bits;
    private int words;
    private HashSet<long>? packed;

    /// <summary>Keys of up to <paramref name="indicators"/> indicators and <paramref name="units"/> units.</summary>
    /// <param name="indicators">How many indicator slots there can be.</param>
    /// <param name="units">How many unit slots there can be.</param>
    /// <param name="mostBitBytes">The most bytes of bits held before the keys go to a set.</param>
    public SeenKeys(int indicators, int units, long mostBitBytes = MostBitBytes)
    {
        this.mostBitBytes = mostBitBytes;
        this.units = Math.Max(units, 1);
        pairs = (long)Math.Max(indicators, 1) * this.units;
        if (pairs * sizeof(ulong) <= mostBitBytes)
        {
            words = 1;
            bits = new ulong[pairs];
        }
        else
        {
            packed = [];
        }
    }

    /// <summary>Whether the keys are held as bits (else in a set).</summary>
    public bool AsBits => bits is not null;

    /// <summary>Adds a key (each slot from 0, a period's below 2^21); <see langword="false"/> when it was seen before.</summary>
    public bool Add(int indicator, int unit, int period)
    {
        if (bits is not null && (period < words * 64 || Widen(period)))
        {
            ref var word = ref bits[((((long)indicator * units) + unit) * words) + (period >> 6)];
            var bit = 1UL << (period & 63);
            if ((word & bit) != 0)
            {
                return false;
            }

            word |= bit;
            return true;
        }

        return packed!.Add(Pack(indicator, unit, period));
    }

    private static long Pack(long indicator, long unit, long period) => (indicator << (UnitBits + PeriodBits)) | (unit << PeriodBits) | period;

    // Room for the period's bit (false, the keys moved to the set, when that takes too much).
    private bool Widen(int period)
    {
        var wider = words;
        while (wider * 64 <= period)
        {
            wider *= 2;
        }

        if (pairs * wider * sizeof(ulong) <= mostBitBytes)
        {
            var larger = new ulong[pairs * wider];
            for (long pair = 0; pair < pairs; pair++)
            {
                Array.Copy(bits!, pair * words, larger, pair * wider, words);
            }

            bits = larger;
            words = wider;
            return true;
        }

        packed = [];
        for (long pair = 0; pair < pairs; pair++)
        {
            for (var w = 0; w < words; w++)
            {
                for (var set = bits![(pair * words) + w]; set != 0; set &= set - 1)
                {
                    packed.Add(Pack(pair / units, pair % units, (w * 64) + BitOperations.TrailingZeroCount(set)));
                }
            }
        }

        bits = null;
        return false;
    }
}
