using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Timeline;
using NodaTime;

namespace De06Metrics.Scorecards;

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
