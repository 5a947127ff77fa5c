using System.Numerics;
using System.Runtime.CompilerServices;

namespace De06Metrics.Serialization;

/// <summary>
/// Values found for short texts, looked up by their UTF-8 bytes as they lie in a file: an id or a period label that
/// recurs on every line is turned into a string and interpreted once, and afterwards found by its bytes alone, in a
/// table of its own (hashed bytes, open addressing) that needs no string and no generic code of the framework over
/// the library's types, so that it is compiled ahead of time with the library. Two texts of valid UTF-8 are equal
/// when their bytes are. The text last found is compared first, since consecutive lines often repeat it. Not
/// thread-safe: one per read.
/// </summary>
/// <typeparam name="T">What a text stands for.</typeparam>
internal sealed class Utf8Lookup<T>
{
    /// <summary>The longest text, in bytes, looked up; a longer one is never found, and is read the ordinary way.</summary>
    public const int MaxBytes = 256;

    // The keys' bytes one after another; each entry points into them. A slot of `table` holds an entry's index + 1.
    private byte[] keyBytes = new byte[1024];
    private int keyBytesUsed;
    private Entry[] entries = new Entry[16];
    private int count;
    private int[] table = new int[32];
    private readonly byte[] last = new byte[MaxBytes];
    private int lastLength = -1;
    private T lastValue = default!;

    private struct Entry
    {
        public int Offset;
        public int Length;
        public uint Hash;
        public T Value;
    }

    /// <summary>Finds the value of the text whose UTF-8 bytes are <paramref name="utf8"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<byte> utf8, out T value)
    {
        if (utf8.Length == lastLength && Utf8Lookup.SameBytes(utf8, last.AsSpan(0, lastLength)))
        {
            value = lastValue;
            return true;
        }

        value = default!;
        if (utf8.Length > MaxBytes || count == 0)
        {
            return false;
        }

        var found = Find(utf8, Utf8Lookup.Hash(utf8));
        if (table[found] == 0)
        {
            return false;
        }

        value = entries[table[found] - 1].Value;
        Remember(utf8, value);
        return true;
    }

    /// <summary>Records the value of a text, found by its UTF-8 bytes <paramref name="utf8"/> (valid UTF-8).</summary>
    public void Add(ReadOnlySpan<byte> utf8, T value)
    {
        if (utf8.Length > MaxBytes)
        {
            return;
        }

        var hash = Utf8Lookup.Hash(utf8);
        var found = Find(utf8, hash);
        if (table[found] != 0)
        {
            entries[table[found] - 1].Value = value;
            Remember(utf8, value);
            return;
        }

        if (keyBytesUsed + utf8.Length > keyBytes.Length)
        {
            Array.Resize(ref keyBytes, Math.Max(keyBytes.Length * 2, keyBytesUsed + utf8.Length));
        }

        if (count == entries.Length)
        {
            // Copied by the untyped Array.Copy: Array.Resize of the entries would be framework code over a type of the
            // library, which is compiled only when the program runs.
            var larger = new Entry[entries.Length * 2];
            Array.Copy(entries, larger, count);
            entries = larger;
        }

        utf8.CopyTo(keyBytes.AsSpan(keyBytesUsed));
        entries[count] = new Entry { Offset = keyBytesUsed, Length = utf8.Length, Hash = hash, Value = value };
        keyBytesUsed += utf8.Length;
        table[found] = ++count;
        if (count * 2 > table.Length)
        {
            Grow();
        }

        Remember(utf8, value);
    }

    // The slot of the text's entry, or the empty slot where it goes.
    private int Find(ReadOnlySpan<byte> utf8, uint hash)
    {
        var mask = table.Length - 1;
        var slot = (int)(hash & (uint)mask);
        while (table[slot] != 0)
        {
            ref var entry = ref entries[table[slot] - 1];
            if (entry.Hash == hash && Utf8Lookup.SameBytes(utf8, keyBytes.AsSpan(entry.Offset, entry.Length)))
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        return slot;
    }

    // Twice the slots, every entry placed again by its hash: the table stays at most half full.
    private void Grow()
    {
        table = new int[table.Length * 2];
        var mask = table.Length - 1;
        for (var i = 0; i < count; i++)
        {
            var slot = (int)(entries[i].Hash & (uint)mask);
            while (table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            table[slot] = i + 1;
        }
    }

    private void Remember(ReadOnlySpan<byte> utf8, T value)
    {
        utf8.CopyTo(last);
        lastLength = utf8.Length;
        lastValue = value;
    }
}

/// <summary>What every <see cref="Utf8Lookup{T}"/> shares.</summary>
internal static class Utf8Lookup
{
    /// <summary>
    /// Up to 7 bytes and their number packed in one number, or <see langword="null"/> for a longer text: two byte
    /// strings of up to 7 bytes are equal when their numbers are.
    /// </summary>
    internal static ulong? ShortKey(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > 7)
        {
            return null;
        }

        var key = (ulong)utf8.Length << 56;
        for (var i = 0; i < utf8.Length; i++)
        {
            key |= (ulong)utf8[i] << (8 * i);
        }

        return key;
    }

    /// <summary>
    /// Whether two byte strings are equal, compared eight bytes at a time and inlined where it is used: the short ids
    /// and names it compares are done before a call to the framework's comparison would have begun.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool SameBytes(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var i = 0;
        for (; i + 8 <= a.Length; i += 8)
        {
            if (Unsafe.ReadUnaligned<ulong>(in a[i]) != Unsafe.ReadUnaligned<ulong>(in b[i]))
            {
                return false;
            }
        }

        for (; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of bytes, eight at a time, each step mixed by a multiplication; the length is part of it.</summary>
    internal static uint Hash(ReadOnlySpan<byte> utf8)
    {
        const ulong Mix = 0x9E3779B97F4A7C15;
        var hash = (ulong)utf8.Length * Mix;
        var i = 0;
        for (; i + 8 <= utf8.Length; i += 8)
        {
            hash = (BitOperations.RotateLeft(hash, 23) ^ Unsafe.ReadUnaligned<ulong>(in utf8[i])) * Mix;
        }

        if (i < utf8.Length)
        {
            ulong tail = 0;
            for (var j = utf8.Length - 1; j >= i; j--)
            {
                tail = (tail << 8) | utf8[j];
            }

            hash = (BitOperations.RotateLeft(hash, 23) ^ tail) * Mix;
        }

        return (uint)(hash >> 32) ^ (uint)hash;
    }
}
