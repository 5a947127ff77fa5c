using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using DuckDB.NET.Data;

namespace De06Metrics.DuckDb;

/// <summary>
/// Registers the library's calculators as DuckDB scalar functions on a connection, so that the same rules run inside
/// SQL over tables and files of any size: margin, status, attainment, percent change and compound annual growth, each
/// undefined result a SQL <c>NULL</c> with a function that gives the reason.
/// </summary>
/// <remarks>
/// <para>
/// <b>Numbers are <c>DECIMAL(38,18)</c> in and out</b>, DuckDB's exact type, never <c>DOUBLE</c>: 88,8 − 70 is 18,8, as in
/// the library, and not 18,799999999999997. DuckDB casts any narrower <c>DECIMAL</c> or integer argument to it by
/// itself (a <c>DOUBLE</c> column needs an explicit <c>::DECIMAL(38,18)</c>). The type holds 20 digits before the
/// point and 18 after: every result is rounded to 18 decimals (half away from zero), a ratio (attainment, percent
/// change, growth) beyond ±10^20 is <c>NULL</c> with the reason <c>outOfRange</c>, and a margin beyond it is an
/// error, as the library refuses a margin beyond <see cref="decimal"/>'s range.
/// </para>
/// <para>
/// <b>The rules are the library's own code</b>, called row by row: a margin and a status are what
/// <see cref="TargetEvaluation"/> gives for an at-least goal (higher is better), an at-most goal (lower is better) or
/// a band; attainment is <see cref="TargetEvaluation.Attainment"/>; percent change and growth are those of
/// <see cref="ValueChange"/> and <see cref="GrowthRate"/>.
/// </para>
/// <para>
/// <b>Words.</b> A polarity is written as in the data files (<c>'higherIsBetter'</c>, <c>'lowerIsBetter'</c>; case,
/// spaces, <c>-</c> and <c>_</c> ignored). A status comes out as <c>'exceeded'</c>, <c>'met'</c>,
/// <c>'basicallyMet'</c>, <c>'notMet'</c> or <c>'noData'</c>, a reason as the name of a
/// <see cref="NotMeaningfulReason"/> in camelCase (<c>'zeroTarget'</c>); <c>de06_status_text</c> and
/// <c>de06_reason_text</c> write them in Vietnamese or English from the library's phrase books.
/// </para>
/// <para>
/// <b>Missing values.</b> A <c>NULL</c> actual has no margin and the status <c>'noData'</c>; a <c>NULL</c> target or
/// tolerance gives <c>NULL</c> (there is nothing to judge against). A bad argument (an unknown polarity, a band
/// whose low bound is above its high bound, a negative tolerance, years not positive) stops the query with an error
/// that names the argument and the value. The functions are pure and thread-safe; DuckDB calls them on its own
/// threads, a vector of up to 2 048 rows at a time.
/// </para>
/// </remarks>
public static class SqlFunctions
{
    /// <summary><c>de06_margin(actual, target, polarity)</c>: actual − target (target − actual when lower is better), in the measure's own unit (percentage points for a rate).</summary>
    public const string Margin = "de06_margin";

    /// <summary><c>de06_band_margin(actual, low, high)</c>: 0 inside [low, high], minus the distance to the nearer bound outside it.</summary>
    public const string BandMargin = "de06_band_margin";

    /// <summary><c>de06_status(actual, target, polarity, tolerance)</c>: the status of an at-least or at-most goal.</summary>
    public const string Status = "de06_status";

    /// <summary><c>de06_band_status(actual, low, high, tolerance)</c>: the status of a band goal (an exact goal is the band value ± its tolerance).</summary>
    public const string BandStatus = "de06_band_status";

    /// <summary><c>de06_attainment(actual, target, polarity)</c>: actual ÷ target (target ÷ actual when lower is better), a fraction of one.</summary>
    public const string Attainment = "de06_attainment";

    /// <summary><c>de06_attainment_reason(actual, target, polarity)</c>: why the attainment is <c>NULL</c>; <c>NULL</c> when it has a value.</summary>
    public const string AttainmentReason = "de06_attainment_reason";

    /// <summary><c>de06_percent_change(base, current)</c>: (current − base) × 100 ÷ |base|, in percent.</summary>
    public const string PercentChange = "de06_percent_change";

    /// <summary><c>de06_percent_change_reason(base, current)</c>: why the percent change is <c>NULL</c>; <c>NULL</c> when it has a value.</summary>
    public const string PercentChangeReason = "de06_percent_change_reason";

    /// <summary><c>de06_cagr(start, end, years)</c>: the compound annual growth, in percent a year.</summary>
    public const string Cagr = "de06_cagr";

    /// <summary><c>de06_cagr_reason(start, end, years)</c>: why the growth is <c>NULL</c>; <c>NULL</c> when it has a value.</summary>
    public const string CagrReason = "de06_cagr_reason";

    /// <summary><c>de06_status_text(status, language)</c>: a status word as a label, "Vượt chỉ tiêu" / "Exceeded".</summary>
    public const string StatusText = "de06_status_text";

    /// <summary><c>de06_reason_text(reason, language)</c>: a reason word as a clause, "chỉ tiêu bằng 0" / "the target is zero".</summary>
    public const string ReasonText = "de06_reason_text";

    // DECIMAL(38,18) holds |x| < 10^20.
    private const decimal Limit = 100_000_000_000_000_000_000m;


    /// <summary>
    /// Registers every function on an open connection. A function lives as long as its connection; register once per
    /// connection, before the queries that use them.
    /// </summary>
    /// <param name="connection">An open DuckDB connection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The connection is not open.</exception>
    /// <remarks>Registering twice on one connection is refused by DuckDB (the names exist already).</remarks>
    public static void Register(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            throw new InvalidOperationException($"The connection must be open to register functions; it is {connection.State}.");
        }

        // Each function is pure (the same arguments give the same result, so DuckDB may fold constants) and takes
        // NULLs itself: each says what a NULL argument gives (no data, a missing base), rather than DuckDB's NULL for any
        // NULL. They read and write DuckDB's vectors directly (NativeScalarFunction): a DECIMAL(38,18) becomes a decimal
        // from its 128-bit integer and its scale, with no detour through BigInteger.
        const SqlType D = SqlType.Decimal;
        const SqlType V = SqlType.Varchar;
        NativeScalarFunction.Register(connection, Margin, [D, D, V], D, MarginRows);
        NativeScalarFunction.Register(connection, BandMargin, [D, D, D], D, BandMarginRows);
        NativeScalarFunction.Register(connection, Status, [D, D, V, D], V, StatusRows);
        NativeScalarFunction.Register(connection, BandStatus, [D, D, D, D], V, BandStatusRows);
        NativeScalarFunction.Register(connection, Attainment, [D, D, V], D, (a, o, n) => AttainmentRows(a, o, n, reasons: false));
        NativeScalarFunction.Register(connection, AttainmentReason, [D, D, V], V, (a, o, n) => AttainmentRows(a, o, n, reasons: true));
        NativeScalarFunction.Register(connection, PercentChange, [D, D], D, (a, o, n) => PercentChangeRows(a, o, n, reasons: false));
        NativeScalarFunction.Register(connection, PercentChangeReason, [D, D], V, (a, o, n) => PercentChangeRows(a, o, n, reasons: true));
        NativeScalarFunction.Register(connection, Cagr, [D, D, D], D, (a, o, n) => CagrRows(a, o, n, reasons: false));
        NativeScalarFunction.Register(connection, CagrReason, [D, D, D], V, (a, o, n) => CagrRows(a, o, n, reasons: true));
        NativeScalarFunction.Register(connection, StatusText, [V, V], V, StatusTextRows);
        NativeScalarFunction.Register(connection, ReasonText, [V, V], V, ReasonTextRows);
    }

    private static void MarginRows(ReadOnlySpan<SqlColumn> args, SqlOutput output, int rows)
    {
        var polarities = new PolarityColumn(args[2], "polarity");
        for (var i = 0; i < rows; i++)
        {
            if (AnyNull(args, i))
            {
                output.WriteNull(i);
                continue;
            }

            var goal = OneSidedGoal(args[1].Decimal(i), polarities.At(i));
            WriteMargin(output, i, goal, args[0].Decimal(i));
        }
    }

    private static void BandMarginRows(ReadOnlySpan<SqlColumn> args, SqlOutput output, int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            if (AnyNull(args, i))
            {
                output.WriteNull(i);
                continue;
            }

            WriteMargin(output, i, Band(args[1].Decimal(i), args[2].Decimal(i)), args[0].Decimal(i));
        }
    }

    private static void StatusRows(ReadOnlySpan<SqlColumn> args, SqlOutput output, int rows)
    {
        var polarities = new PolarityColumn(args[2], "polarity");
        for (var i = 0; i < rows; i++)
        {
            if (!args[1].IsValid(i) || !args[2].IsValid(i) || !args[3].IsValid(i))
            {
                output.WriteNull(i);
                continue;
            }

            WriteStatus(output, i, OneSidedGoal(args[1].Decimal(i), polarities.At(i)), args[0], args[3]);
        }
    }

    private static void BandStatusRows(ReadOnlySpan<SqlColumn> args, SqlOutput output, int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            if (!args[1].IsValid(i) || !args[2].IsValid(i) || !args[3].IsValid(i))
            {
                output.WriteNull(i);
                continue;
            }

            WriteStatus(output, i, Band(args[1].Decimal(i), args[2].Decimal(i)), args[0], args[3]);
        }
    }

    private static void AttainmentRows(ReadOnlySpan<SqlColumn> args, SqlOutput output, int rows, bool reasons)
    {
        var polarities = new PolarityColumn(args[2], "polarity");
        for (var i = 0; i < rows; i++)
        {
            if (!args[1].IsValid(i) || !args[2].IsValid(i))
            {
                output.WriteNull(i);
                continue;
            }

            var goal = OneSidedGoal(args[1].Decimal(i), polarities.At(i));
            decimal? actual = args[0].IsValid(i) ? args[0].Decimal(i) : null;
            var ratio = GoalRules.Attainment(goal, actual);
            WriteOutcome(output, i, ratio.ValueOrNull, ratio.Reason, reasons);
        }
    }

    private static void PercentChangeRows(ReadOnlySpan<SqlColumn> args, SqlOutput output, int rows, bool reasons)
    {
        for (var i = 0; i < rows; i++)
        {
            NotMeaningfulReason reason;
            var percent = 0m;
            if (!args[1].IsValid(i))
            {
                reason = NotMeaningfulReason.NoData;
            }
            else if (!args[0].IsValid(i))
            {
                reason = NotMeaningfulReason.MissingBase;
            }
            else
            {
                reason = GrowthMath.TryPercentChange(args[0].Decimal(i), args[1].Decimal(i), out percent);
            }

            WriteOutcome(output, i, reason == NotMeaningfulReason.None ? percent : null, reason, reasons);
        }
    }

    private static void CagrRows(ReadOnlySpan<SqlColumn> args, SqlOutput output, int rows, bool reasons)
    {
        for (var i = 0; i < rows; i++)
        {
            if (!args[2].IsValid(i))
            {
                output.WriteNull(i);
                continue;
            }

            var years = args[2].Decimal(i);
            if (years <= 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(args), years,
                    string.Create(CultureInfo.InvariantCulture, $"{Cagr}: the argument years must be a positive span of years; {years} was given."));
            }

            NotMeaningfulReason reason;
            var percent = 0m;
            if (!args[1].IsValid(i))
            {
                reason = NotMeaningfulReason.NoData;
            }
            else if (!args[0].IsValid(i))
            {
                reason = NotMeaningfulReason.MissingBase;
            }
            else
            {
                reason = GrowthMath.TryCompoundGrowth(args[0].Decimal(i), args[1].Decimal(i), years, out percent);
            }

            WriteOutcome(output, i, reason == NotMeaningfulReason.None ? percent : null, reason, reasons);
        }
    }

    private static void StatusTextRows(ReadOnlySpan<SqlColumn> args, SqlOutput output, int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            if (AnyNull(args, i))
            {
                output.WriteNull(i);
                continue;
            }

            var status = SqlWords.Status(args[0].String(i), "status");
            output.WriteString(i, status.Describe(SqlWords.Language(args[1].String(i), "language")));
        }
    }

    private static void ReasonTextRows(ReadOnlySpan<SqlColumn> args, SqlOutput output, int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            if (AnyNull(args, i))
            {
                output.WriteNull(i);
                continue;
            }

            var reason = SqlWords.Reason(args[0].String(i), "reason");
            output.WriteString(i, reason.Describe(SqlWords.Language(args[1].String(i), "language")));
        }
    }

    private static bool AnyNull(ReadOnlySpan<SqlColumn> args, int row)
    {
        foreach (var arg in args)
        {
            if (!arg.IsValid(row))
            {
                return true;
            }
        }

        return false;
    }

    private static Goal OneSidedGoal(decimal target, Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => Goal.AtLeast(target),
        Polarity.LowerIsBetter => Goal.AtMost(target),
        _ => throw new ArgumentException(
            $"{Margin}, {Status} and {Attainment} take one-sided goals (higherIsBetter, lowerIsBetter); {polarity} was given: use {BandMargin} and {BandStatus} for a band.",
            nameof(polarity)),
    };

    private static Goal Band(decimal low, decimal high) => Goal.Between(low, high);

    private static void WriteMargin(SqlOutput output, int row, Goal goal, decimal actual)
    {
        var (_, margin) = GoalRules.Margin(goal, actual);
        output.WriteDecimal(row, Fit(margin, nameof(actual), actual, goal));
    }

    private static void WriteStatus(SqlOutput output, int row, Goal goal, SqlColumn actuals, SqlColumn tolerances)
    {
        var tolerance = tolerances.Decimal(row);
        EvaluationOptions.EnsureTolerance(tolerance, nameof(tolerance));
        if (!actuals.IsValid(row))
        {
            output.WriteUtf8(row, SqlWords.Utf8Of(TargetStatus.NoData));
            return;
        }

        var actual = actuals.Decimal(row);
        var (_, margin) = GoalRules.Margin(goal, actual);
        output.WriteUtf8(row, SqlWords.Utf8Of(GoalRules.Judge(goal, actual, margin, tolerance)));
    }

    private static void WriteOutcome(SqlOutput output, int row, decimal? value, NotMeaningfulReason reason, bool reasons)
    {
        if (value is { } v && Math.Abs(v) >= Limit)
        {
            value = null;
            reason = NotMeaningfulReason.OutOfRange;
        }

        if (reasons)
        {
            if (value is null)
            {
                output.WriteUtf8(row, SqlWords.Utf8Of(reason));
            }
            else
            {
                output.WriteNull(row);
            }
        }
        else if (value is { } result)
        {
            output.WriteDecimal(row, Math.Round(result, 18, MidpointRounding.AwayFromZero));
        }
        else
        {
            output.WriteNull(row);
        }
    }

    private static decimal Fit(decimal margin, string argument, decimal actual, Goal goal) => Math.Abs(margin) < Limit
        ? Math.Round(margin, 18, MidpointRounding.AwayFromZero)
        : throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"The margin of {actual} against {goal} is {margin}, beyond DECIMAL(38,18) (±10^20)."),
            argument);

    // Reads a polarity column, parsing a word once for a run of equal words (a query passes one word per indicator),
    // comparing the UTF-8 bytes in place so that no string is made for a repeated word.
    private struct PolarityColumn(SqlColumn reader, string argument)
    {
        private byte[]? lastWord;
        private Polarity last;

        public Polarity At(int row)
        {
            var word = reader.Utf8(row);
            if (lastWord is null || !word.SequenceEqual(lastWord))
            {
                last = SqlWords.Polarity(System.Text.Encoding.UTF8.GetString(word), argument);
                lastWord = word.ToArray();
            }

            return last;
        }
    }
}
