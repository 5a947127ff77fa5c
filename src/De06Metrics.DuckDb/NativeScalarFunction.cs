using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace De06Metrics.DuckDb;

/// <summary>The body of a scalar function: the argument columns of one vector of rows, the output column, the row count.</summary>
internal delegate void VectorBody(ReadOnlySpan<SqlColumn> args, SqlOutput output, int rows);

/// <summary>
/// Registers a scalar function through DuckDB's C API and hands it the vectors' storage as it is: a <c>DECIMAL</c> is
/// read from its integer (16, 32, 64 or 128 bits) and its scale straight into a <see cref="decimal"/>, and written
/// back the same way, with no <see cref="System.Numerics.BigInteger"/>, boxing or string on the way.
/// </summary>
/// <remarks>
/// Every function registered here takes <c>NULL</c> arguments itself (DuckDB does not answer <c>NULL</c> for it) and
/// is pure. An exception in the body stops the query with the exception's message.
/// </remarks>
internal static unsafe class NativeScalarFunction
{
    /// <summary>Registers <paramref name="body"/> as the function <paramref name="name"/>.</summary>
    public static void Register(DuckDBConnection connection, string name, ReadOnlySpan<SqlType> parameters, SqlType result, VectorBody body)
    {
        var function = NativeMethods.ScalarFunction.DuckDBCreateScalarFunction();
        try
        {
            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetName(function, name);
            foreach (var parameter in parameters)
            {
                using var type = Create(parameter);
                NativeMethods.ScalarFunction.DuckDBScalarFunctionAddParameter(function, type);
            }

            using (var type = Create(result))
            {
                NativeMethods.ScalarFunction.DuckDBScalarFunctionSetReturnType(function, type);
            }

            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetSpecialHandling(function);
            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetFunction(function, &Invoke);

            // Freed by DuckDB through Free when the function is dropped (or destroyed unregistered, below).
            var handle = GCHandle.Alloc(body);
            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetExtraInfo(function, GCHandle.ToIntPtr(handle), &Free);

            if (NativeMethods.ScalarFunction.DuckDBRegisterScalarFunction(connection.NativeConnection, function) != DuckDBState.Success)
            {
                throw new InvalidOperationException($"DuckDB refused to register the function {name}.");
            }
        }
        finally
        {
            NativeMethods.ScalarFunction.DuckDBDestroyScalarFunction(ref function);
        }
    }

    private static DuckDBLogicalType Create(SqlType type) => type switch
    {
        SqlType.Decimal => NativeMethods.LogicalType.DuckDBCreateDecimalType(38, 18),
        SqlType.Varchar => NativeMethods.LogicalType.DuckDBCreateLogicalType(DuckDBType.Varchar),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a type the functions use."),
    };

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Invoke(IntPtr info, IntPtr chunk, IntPtr output)
    {
#pragma warning disable CA1031 // No exception may cross into DuckDB: every one becomes the query's error.
        try
        {
            var body = (VectorBody)GCHandle.FromIntPtr(NativeMethods.ScalarFunction.DuckDBScalarFunctionGetExtraInfo(info)).Target!;
            using var data = new DuckDBDataChunk(chunk);
            var rows = checked((int)NativeMethods.DataChunks.DuckDBDataChunkGetSize(data));
            var count = checked((int)NativeMethods.DataChunks.DuckDBDataChunkGetColumnCount(data));
            Span<SqlColumn> args = stackalloc SqlColumn[count];
            for (var i = 0; i < count; i++)
            {
                args[i] = SqlColumn.Of(NativeMethods.DataChunks.DuckDBDataChunkGetVector(data, i));
            }

            body(args, new SqlOutput(output), rows);
        }
        catch (Exception e)
        {
            NativeMethods.ScalarFunction.DuckDBScalarFunctionSetError(info, e.Message);
        }
#pragma warning restore CA1031
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Free(IntPtr pointer) => GCHandle.FromIntPtr(pointer).Free();
}

/// <summary>The SQL types of the functions' arguments and results.</summary>
internal enum SqlType
{
    /// <summary><c>DECIMAL(38,18)</c>.</summary>
    Decimal,

    /// <summary><c>VARCHAR</c>.</summary>
    Varchar,
}

/// <summary>One argument of a scalar function over one vector: its flat storage, validity mask and, for a <c>DECIMAL</c>, its scale.</summary>
internal readonly unsafe struct SqlColumn
{
    private readonly void* data;
    private readonly ulong* validity;
    private readonly DuckDBType storage;
    private readonly byte scale;

    internal SqlColumn(void* data, ulong* validity, DuckDBType storage, byte scale)
    {
        this.data = data;
        this.validity = validity;
        this.storage = storage;
        this.scale = scale;
    }

    /// <summary>Reads a vector's type and pointers (DuckDB flattens a scalar function's arguments before the call).</summary>
    public static SqlColumn Of(IntPtr vector)
    {
        using var type = NativeMethods.Vectors.DuckDBVectorGetColumnType(vector);
        var id = NativeMethods.LogicalType.DuckDBGetTypeId(type);
        byte scale = 0;
        if (id == DuckDBType.Decimal)
        {
            scale = NativeMethods.LogicalType.DuckDBDecimalScale(type);
            id = NativeMethods.LogicalType.DuckDBDecimalInternalType(type);
        }

        return new SqlColumn(NativeMethods.Vectors.DuckDBVectorGetData(vector), NativeMethods.Vectors.DuckDBVectorGetValidity(vector), id, scale);
    }

    /// <summary>Whether the row has a value (is not <c>NULL</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsValid(int row) => validity == null || (validity[row >> 6] & (1UL << (row & 63))) != 0;

    /// <summary>The row's <c>DECIMAL</c> as a <see cref="decimal"/>, exact when it fits one (28 to 29 digits).</summary>
    public decimal Decimal(int row) => storage switch
    {
        DuckDBType.HugeInt => SqlDecimal.ToDecimal(Unsafe.ReadUnaligned<Int128>((Int128*)data + row), scale),
        DuckDBType.BigInt => SqlDecimal.ToDecimal(((long*)data)[row], scale),
        DuckDBType.Integer => SqlDecimal.ToDecimal(((int*)data)[row], scale),
        DuckDBType.SmallInt => SqlDecimal.ToDecimal(((short*)data)[row], scale),
        _ => throw new InvalidOperationException($"A DECIMAL was expected; the column holds {storage}."),
    };

    /// <summary>The row's <c>VARCHAR</c> as UTF-8 bytes, valid during the call.</summary>
    public ReadOnlySpan<byte> Utf8(int row)
    {
        if (storage != DuckDBType.Varchar)
        {
            throw new InvalidOperationException($"A VARCHAR was expected; the column holds {storage}.");
        }

        // duckdb_string_t: a 32-bit length, then up to 12 bytes inline, or a 4-byte prefix and a pointer.
        var entry = (byte*)data + (16 * row);
        var length = *(int*)entry;
        return length <= 12 ? new ReadOnlySpan<byte>(entry + 4, length) : new ReadOnlySpan<byte>(*(byte**)(entry + 8), length);
    }

    /// <summary>The row's <c>VARCHAR</c> as a string.</summary>
    public string String(int row) => Encoding.UTF8.GetString(Utf8(row));
}

/// <summary>The result column of a scalar function over one vector.</summary>
internal sealed unsafe class SqlOutput
{
    private readonly IntPtr vector;
    private readonly void* data;
    private readonly DuckDBType storage;
    private readonly byte scale;
    private ulong* validity;

    public SqlOutput(IntPtr vector)
    {
        this.vector = vector;
        using var type = NativeMethods.Vectors.DuckDBVectorGetColumnType(vector);
        storage = NativeMethods.LogicalType.DuckDBGetTypeId(type);
        if (storage == DuckDBType.Decimal)
        {
            scale = NativeMethods.LogicalType.DuckDBDecimalScale(type);
            storage = NativeMethods.LogicalType.DuckDBDecimalInternalType(type);
        }

        data = NativeMethods.Vectors.DuckDBVectorGetData(vector);
    }

    /// <summary>Sets the row to <c>NULL</c>.</summary>
    public void WriteNull(int row)
    {
        if (validity == null)
        {
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vector);
            validity = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        }

        validity[row >> 6] &= ~(1UL << (row & 63));
    }

    /// <summary>Writes a <see cref="decimal"/> into the row's <c>DECIMAL(38,s)</c>, rounding half away from zero to its scale.</summary>
    public void WriteDecimal(int row, decimal value)
    {
        if (storage != DuckDBType.HugeInt)
        {
            throw new InvalidOperationException($"The result is written as a 128-bit DECIMAL; the column holds {storage}.");
        }

        Unsafe.WriteUnaligned((Int128*)data + row, SqlDecimal.ToInt128(value, scale));
    }

    /// <summary>Writes a string into the row's <c>VARCHAR</c>.</summary>
    public void WriteString(int row, string value)
    {
        var bytes = value.Length <= 64 ? stackalloc byte[Encoding.UTF8.GetMaxByteCount(value.Length)] : new byte[Encoding.UTF8.GetByteCount(value)];
        WriteUtf8(row, bytes[..Encoding.UTF8.GetBytes(value, bytes)]);
    }

    /// <summary>Writes UTF-8 bytes into the row's <c>VARCHAR</c> (DuckDB copies them).</summary>
    public void WriteUtf8(int row, ReadOnlySpan<byte> value)
    {
        fixed (byte* text = value)
        {
            NativeMethods.Vectors.DuckDBVectorAssignStringElementLength(vector, (ulong)row, text, value.Length);
        }
    }
}

/// <summary>Conversions between a <c>DECIMAL(p,s)</c>'s integer (the value × 10^s) and a <see cref="decimal"/>.</summary>
internal static class SqlDecimal
{
    private static readonly UInt128[] Powers = PowersOfTen();

    private static readonly decimal[] DecimalPowers = [.. Enumerable.Range(0, 29).Select(e => (decimal)Powers[e])];

    /// <summary>The decimal value of <paramref name="raw"/> × 10^−<paramref name="scale"/> (<paramref name="scale"/> ≤ 18).</summary>
    public static decimal ToDecimal(long raw, byte scale)
    {
        var magnitude = raw < 0 ? unchecked(0UL - (ulong)raw) : (ulong)raw;
        return new decimal(unchecked((int)magnitude), unchecked((int)(magnitude >> 32)), 0, raw < 0, scale);
    }

    /// <summary>
    /// The decimal value of <paramref name="raw"/> × 10^−<paramref name="scale"/>: exact when the integer fits in 96 bits
    /// and the scale is at most 28, otherwise rounded to a <see cref="decimal"/>'s precision.
    /// </summary>
    /// <exception cref="OverflowException">The value is beyond <see cref="decimal"/>'s range.</exception>
    public static decimal ToDecimal(Int128 raw, byte scale)
    {
        var negative = raw < 0;
        var magnitude = negative ? unchecked((UInt128)(-raw)) : (UInt128)raw;
        var upper = (ulong)(magnitude >> 64);
        if (upper >> 32 == 0 && scale <= 28)
        {
            var lower = (ulong)magnitude;
            return new decimal(unchecked((int)lower), unchecked((int)(lower >> 32)), unchecked((int)upper), negative, scale);
        }

        // Beyond 96 bits: the integer part exactly, the fraction rounded to what is left of the 28 to 29 digits.
        var (whole, fraction) = UInt128.DivRem(magnitude, Powers[scale]);
        var result = (decimal)whole;
        result += scale <= 28
            ? (decimal)fraction / DecimalPowers[scale]
            : (decimal)(fraction / Powers[scale - 28]) / DecimalPowers[28];
        return negative ? -result : result;
    }

    /// <summary>The integer of <paramref name="value"/> at <paramref name="scale"/> (rounded half away from zero to it).</summary>
    /// <exception cref="OverflowException">The value does not fit in 128 bits at that scale.</exception>
    public static Int128 ToInt128(decimal value, byte scale)
    {
        if (value.Scale > scale)
        {
            value = Math.Round(value, scale, MidpointRounding.AwayFromZero);
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = new UInt128(unchecked((uint)bits[2]), ((ulong)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]));
        var valueScale = value.Scale;
        if (valueScale != scale)
        {
            // At the column's scale already (a result of values read at it), 96 bits fit and nothing is multiplied.
            magnitude = checked(magnitude * Powers[scale - valueScale]);
        }

        var signed = checked((Int128)magnitude);
        return bits[3] < 0 ? -signed : signed;
    }

    private static UInt128[] PowersOfTen()
    {
        var powers = new UInt128[39];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
