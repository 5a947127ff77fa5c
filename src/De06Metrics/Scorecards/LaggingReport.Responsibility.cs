using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

public sealed partial class LaggingReport
{
    /// <summary>
    /// Carries a row's responsibility over to the units of the report's date when it names a unit no longer in force
    /// then (a department merged, a district abolished); <see langword="null"/> when every unit it names is in force,
    /// or the scorecard has no timeline.
    /// </summary>
    /// <remarks>
    /// The assignment date is the target's source date when the responsibility is the target's and its source gives one,
    /// else the start of the row's period; it is moved to the first day all the named units existed, and no later than
    /// the report's date, so that a responsibility is always followed from a day its units stood.
    /// </remarks>
    internal static ResponsibilityMapping? Carry(UnitTimeline? timeline, UnitRegistry units, ScorecardRow row, LocalDate reportDate)
    {
        var responsibility = row.Responsibility;
        if (timeline is null || responsibility.All.All(units.Contains))
        {
            return null;
        }

        // A unit that comes into force only after the report's date has no successor to map to: the item stays with it.
        if (responsibility.All.Any(unit => timeline.ValidityOf(unit).Start is { } first && first > reportDate))
        {
            return null;
        }

        var assignedOn = row.Target is { Responsibility: not null, Source.IssuedOn: { } issued } ? issued : row.Period.Start;
        foreach (var unit in responsibility.All)
        {
            if (timeline.ValidityOf(unit).Start is { } first && first > assignedOn)
            {
                assignedOn = first;
            }
        }

        if (assignedOn > reportDate)
        {
            assignedOn = reportDate;
        }

        return timeline.MapResponsibility(responsibility, assignedOn, reportDate, row.Indicator.Code);
    }
}

/// <summary>The words for responsibilities carried over to today's units, from the phrase book.</summary>
internal static class CarriedText
{
    /// <summary>"chưa có hiệu lực vào ngày 30/9/2025" / "not yet in force on 30 September 2025", for a lead created after the report's date.</summary>
    public static string NotYetInForce(LocalDate date, Language language) =>
        language.Format(Phrase.ScorecardNotYetInForce, PeriodText.Date(date, language));

    /// <summary>"giao cho Sở Thông tin và Truyền thông, nay là Sở Khoa học và Công nghệ" / "assigned to …, now …".</summary>
    public static string AssignedNow(string assigned, string now, Language language) =>
        language.Format(Phrase.ScorecardAssignedNow, assigned, now);

    /// <summary>
    /// Why a unit has no single successor: "đã giải thể từ 1/7/2025, không có đơn vị kế thừa" / "abolished from 1 July
    /// 2025, with no successor"; "đã chia thành …; cần chọn đơn vị chủ trì mới" for a lead split into several units.
    /// </summary>
    public static string NoSuccessor(UnitTimeline timeline, UnitSuccession succession, Language language)
    {
        var ending = timeline.VersionsOf(succession.Unit)[^1].EndedBy;
        var date = ending?.DateOn(timeline.Basis) ?? succession.AsOf;
        var day = PeriodText.Date(date, language);
        if (succession.Successors.Length > 1)
        {
            var parts = string.Join(", ", succession.Successors.Select(share => timeline.NameOf(share.Unit).In(language)));
            return language.Format(Phrase.ScorecardSplitInto, parts, day);
        }

        var what = ending?.Kind switch
        {
            SuccessionKind.Abolition => Phrase.ScorecardAbolished,
            SuccessionKind.Split => Phrase.ScorecardSplit,
            _ => Phrase.ScorecardNoLongerInForce,
        };
        return language.Format(Phrase.ScorecardGoneWithoutSuccessor, language[what], day);
    }
}
