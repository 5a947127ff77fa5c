using System.Collections.Immutable;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>The lagging items one lead unit answers for, most severe first.</summary>
/// <remarks>
/// The lead is a unit in force on the report's date, or, for a scorecard built on a timeline, a lead that has gone with
/// no single unit to take over (abolished with nobody named, split into several units): then
/// <see cref="LeadSuccession"/> says where it went and <see cref="Describe"/> says why. Immutable and thread-safe.
/// </remarks>
public sealed class LaggingSection
{
    private readonly UnitTimeline? timeline;
    private readonly LocalDate? notYetOn;
    private readonly Func<IEnumerable<LaggingItem>>? read;
    private ImmutableArray<LaggingItem> items;

    internal LaggingSection(ResponsibleUnit lead, ImmutableArray<LaggingItem> items, UnitSuccession? leadSuccession, UnitTimeline? timeline, LocalDate? notYetOn)
    {
        this.timeline = timeline;
        this.notYetOn = notYetOn;
        this.items = items;
        Lead = lead;
        Count = items.Length;
        LeadSuccession = leadSuccession;
    }

    /// <summary>A section of a streamed report (<see cref="LaggingReport.Stream"/>): its items made each time they are read.</summary>
    internal LaggingSection(ResponsibleUnit lead, int count, Func<IEnumerable<LaggingItem>> read, UnitSuccession? leadSuccession, UnitTimeline? timeline, LocalDate? notYetOn)
    {
        this.timeline = timeline;
        this.notYetOn = notYetOn;
        this.read = read;
        Lead = lead;
        Count = count;
        LeadSuccession = leadSuccession;
    }

    /// <summary>The lead unit: in force on the report's date, or as it last stood when it has gone with no successor.</summary>
    public ResponsibleUnit Lead { get; }

    /// <summary>Its lagging items, most severe first.</summary>
    /// <remarks>
    /// For a section of <see cref="LaggingReport.Stream"/>, made on the first read and kept by the section; a writer of
    /// a large report reads <see cref="EnumerateItems"/> instead.
    /// </remarks>
    public ImmutableArray<LaggingItem> Items
    {
        get
        {
            if (items.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref items, [.. read!()]);
            }

            return items;
        }
    }

    /// <summary>How many lagging items the lead unit answers for.</summary>
    public int Count { get; }

    /// <summary>
    /// Its lagging items, most severe first, as <see cref="Items"/> holds them; for a section of
    /// <see cref="LaggingReport.Stream"/> not yet read whole, each made as it is read and not kept, so that listing the
    /// first ten of 100 000 makes ten.
    /// </summary>
    /// <returns>The items.</returns>
    public IEnumerable<LaggingItem> EnumerateItems() => items.IsDefault ? read!() : items;

    /// <summary>
    /// For a lead that has gone with no single successor, where it went: no unit (with the reason) or several;
    /// <see langword="null"/> when the lead is in force on the report's date.
    /// </summary>
    public UnitSuccession? LeadSuccession { get; }

    /// <summary>
    /// Whether the lead is a unit in force on the report's date: not one that has gone (see <see cref="LeadSuccession"/>),
    /// nor one that comes into force only after it (a catalog naming a department set up later).
    /// </summary>
    public bool IsInForce => LeadSuccession is null && notYetOn is null;

    /// <summary>
    /// The section's heading: "Đơn vị chủ trì: Sở Khoa học và Công nghệ" / "Lead unit: …"; for a lead that has gone,
    /// "Đơn vị chủ trì: Huyện Bắc Quang (đã giải thể từ 1/7/2025, không có đơn vị kế thừa)".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The heading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var heading = language.Format(Phrase.ScorecardLeadUnit, Lead.Name.In(language));
        return (LeadSuccession, notYetOn) switch
        {
            ({ } gone, _) when timeline is not null => $"{heading} ({CarriedText.NoSuccessor(timeline, gone, language)})",
            (null, { } date) => $"{heading} ({CarriedText.NotYetInForce(date, language)})",
            _ => heading,
        };
    }

    /// <summary>The section with its items made and held.</summary>
    internal LaggingSection Whole() => new(Lead, Items, LeadSuccession, timeline, notYetOn);

    /// <summary>Returns the English heading.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
