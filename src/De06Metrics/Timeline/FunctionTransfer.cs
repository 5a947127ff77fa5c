using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Timeline;

/// <summary>
/// A function moves from one unit to another, both continuing: state management of a field passes from one department
/// to another. The function is named by the indicators it answers for, so that targets and figures of those
/// indicators follow it.
/// </summary>
/// <remarks>
/// The unit giving up the function may merge, split or end on the same date, as Sở Thông tin và Truyền thông merged
/// into Sở Khoa học và Công nghệ on 1 March 2025 while its press functions went to Sở Văn hóa, Thể thao và Du lịch: for
/// the function's indicators the transfer then takes precedence over the rest of the event. The unit taking the
/// function must continue. Immutable and thread-safe.
/// </remarks>
public sealed class FunctionTransfer : SuccessionEvent
{
    /// <summary>Creates a transfer.</summary>
    /// <param name="from">The unit giving up the function.</param>
    /// <param name="to">The unit taking it.</param>
    /// <param name="indicators">The indicators the function answers for; at least one, none twice.</param>
    /// <param name="effectiveOn">The legal effective date.</param>
    /// <param name="source">The deciding document.</param>
    /// <param name="description">The function in words, if wanted.</param>
    /// <param name="operationalOn">The operational date, when it differs from <paramref name="effectiveOn"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A unit or indicator is <c>default</c>, the units are the same, no indicator is named or one is named twice.</exception>
    public FunctionTransfer(UnitId from, UnitId to, IEnumerable<IndicatorCode> indicators, LocalDate effectiveOn, SourceReference source, LocalizedText? description = null, LocalDate? operationalOn = null)
        : base(effectiveOn, source, operationalOn)
    {
        RequireUnit(from, nameof(from), "A function transfer");
        RequireUnit(to, nameof(to), "A function transfer");
        if (from == to)
        {
            throw new ArgumentException($"A function cannot be transferred from '{from}' to itself.", nameof(to));
        }

        ArgumentNullException.ThrowIfNull(indicators);
        var list = indicators.ToImmutableArray();
        if (list.IsEmpty)
        {
            throw new ArgumentException($"The transfer from '{from}' to '{to}' names no indicator; a function is named by the indicators it answers for.", nameof(indicators));
        }

        if (list.Any(code => code == default))
        {
            throw new ArgumentException($"The transfer from '{from}' to '{to}' lists default(IndicatorCode).", nameof(indicators));
        }

        if (list.Distinct().Count() != list.Length)
        {
            throw new ArgumentException($"The transfer from '{from}' to '{to}' lists an indicator twice ({string.Join(", ", list)}).", nameof(indicators));
        }

        if (description is { } text && text == default)
        {
            throw new ArgumentException("A description, when given, is not default(LocalizedText).", nameof(description));
        }

        From = from;
        To = to;
        Indicators = list;
        Description = description;
    }

    /// <inheritdoc />
    public override SuccessionKind Kind => SuccessionKind.FunctionTransfer;

    /// <summary>The unit giving up the function.</summary>
    public UnitId From { get; }

    /// <summary>The unit taking it.</summary>
    public UnitId To { get; }

    /// <summary>The indicators the function answers for.</summary>
    public ImmutableArray<IndicatorCode> Indicators { get; }

    /// <summary>The function in words, if given.</summary>
    public LocalizedText? Description { get; }

    /// <summary>Whether the function covers an indicator.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <returns><see langword="true"/> when the indicator moves with the function.</returns>
    public bool Covers(IndicatorCode indicator) => Indicators.Contains(indicator);

    /// <summary>The unit giving up the function.</summary>
    public override ImmutableArray<UnitId> Subjects => [From];

    internal override string What => $"transfer of {string.Join(", ", Indicators)} from '{From}' to '{To}'";
}
