namespace De06Metrics.Periods;

/// <summary>Why a period cannot be built, with the argument at fault; shared by the factories, the arithmetic and the parser.</summary>
/// <param name="ParamName">The factory argument at fault.</param>
/// <param name="Value">The value of that argument.</param>
/// <param name="Reason">A lower-case clause without a final full stop, such as <c>quarter 5 does not exist; …</c>.</param>
/// <param name="OutOfRange">Whether the value lies outside a range (else it is of the wrong sort, as for a calendar).</param>
internal sealed record PeriodProblem(string ParamName, object Value, string Reason, bool OutOfRange = true)
{
    public ArgumentException ToArgumentException() => OutOfRange
        ? new ArgumentOutOfRangeException(ParamName, Value, PeriodText.Sentence(Reason))
        : new ArgumentException(PeriodText.Sentence(Reason), ParamName);
}
