using System.Text;
using De06Metrics.Serialization;

namespace De06Metrics.Tests.Serialization;

public partial class ScorecardJsonTest
{
    private const string TimelineWithProblems = """
        {
          "successionDates": "legal",
          "units": [
            { "id": "HG", "name": { "vi": "Tỉnh Hà Giang" }, "kind": "province", "validTo": "2025-06-30" },
            { "id": "TQ", "name": { "vi": "Tỉnh Tuyên Quang" }, "kind": "province" },
            { "id": "NEW", "name": { "vi": "Tỉnh mới" }, "kind": "province", "validFrom": "2025-08-01" },
            { "id": "NEW.X", "name": { "vi": "Xã" }, "kind": "commune", "parent": "NEW" },
            { "id": "A", "name": { "vi": "Tỉnh A" }, "kind": "province" },
            { "id": "A.1", "name": { "vi": "Xã A1" }, "kind": "commune", "parent": "A" }
          ],
          "indicators": [ { "code": "R", "name": { "vi": "Tỷ lệ" }, "measure": { "kind": "rate" }, "polarity": "higherIsBetter", "decimals": 1 } ],
          "successions": [
            { "kind": "merger", "merged": ["HG"], "into": "TQ", "effectiveOn": "2025-06-12", "operationalOn": "2025-07-01", "source": { "document": "202/2025/QH15", "issuedOn": "2025-06-12" } },
            { "kind": "fusion", "unit": "A", "effectiveOn": "2025-07-01", "source": { "document": "X" } },
            { "kind": "merger", "unit": "A", "merged": ["A"], "into": "TQ", "effectiveOn": "2025-07-01", "source": { "document": "X" } },
            { "kind": "abolition", "unit": "XX", "effectiveOn": "2025-07-01" },
            { "kind": "functionTransfer", "from": "A", "to": "TQ", "indicators": ["NOPE"], "effectiveOn": "2025-07-01", "source": { "document": "X" } },
            { "kind": "split", "unit": "A", "parts": [ { "unit": "A", "share": 0.5 }, { "unit": "TQ", "share": 0.4 } ], "effectiveOn": "2025-08-01", "source": { "document": "X" } },
            { "kind": "merger", "merged": ["HG"], "into": "A", "effectiveOn": "2025-09-01", "source": { "document": "Y" } },
            { "kind": "rename", "unit": "A", "name": { "vi": "Tỉnh A mới" }, "effectiveOn": "2025-09-01", "operationalOn": "2025-08-01", "source": { "document": "Z" } }
          ],
          "targets": [],
          "observations": []
        }
        """;

    [Fact]
    public void Every_problem_of_a_timeline_is_reported_at_its_place()
    {
        var result = ScorecardJson.Read(Encoding.UTF8.GetBytes(TimelineWithProblems), "t.json");

        // On the legal basis Hà Giang's last day is 11/6/2025, the day before Resolution 202 took effect.
        result.Problems.Select(p => p.ToString()).Should().Equal(
            "t.json:4:5 $.units[0].validTo: validTo '2025-06-30': the successions end the unit on 2025-06-11 (by the merger of 'HG' into 'TQ' effective 2025-06-12, operational 2025-07-01 (202/2025/QH15 ngày 12/6/2025)), not on this date.",
            "t.json:6:5 $.units[2].validFrom: validFrom '2025-08-01': no succession read creates the unit on this date (a merger into it, a split part it takes, or its establishment), so it is in no tree; a succession that would create it may have a problem of its own.",
            "t.json:7:5 $.units[3].parent: parent 'NEW': the parent unit exists only from 2025-08-01 (its valid_from), but this unit has no valid_from, so it would stand in the initial tree before its parent.",
            "t.json:14:15 $.successions[1].kind: kind 'fusion': expected 'establishment', 'merger', 'split', 'rename', 'functionTransfer' or 'abolition'.",
            "t.json:15:33 $.successions[2].unit: unit 'A': a succession of kind 'merger' has no unit; it uses merged, into.",
            "t.json:16:5 $.successions[3].source: source: a succession needs its source: the document that decided it (source.document, with issuedOn and note where known).",
            "t.json:16:36 $.successions[3].unit: unit 'XX': the unit 'XX' is not registered.",
            "t.json:17:74 $.successions[4].indicators: indicators: the indicator 'NOPE' is not in the catalog.",
            "t.json:18:5 $.successions[5].parts: parts: The split of 'A' effective 2025-08-01: the shares sum to 0.9, not 1 ('A' 0.5, 'TQ' 0.4).",
            "t.json:19:5 $.successions[6]: The merger of 'HG' into 'A' effective 2025-09-01 (Y) names 'HG' as a merged unit, but 'HG' ended on 2025-06-11 (by the merger of 'HG' into 'TQ' effective 2025-06-12, operational 2025-07-01 (202/2025/QH15 ngày 12/6/2025)).",
            "t.json:20:116 $.successions[7].operationalOn: operationalOn '2025-08-01': the operational date comes before the legal effective date 2025-09-01; a unit cannot operate before it exists in law.");

        // Every item without a problem is kept: the first merger, and the units that stand in a tree.
        result.Scorecard.Timeline!.Events.Should().ContainSingle().Which.Source.Document.Should().Be("202/2025/QH15");
        result.Scorecard.Timeline.KnownUnits.Select(id => id.Value).Should().Equal("HG", "TQ", "A", "A.1");
        FluentActions.Invoking(result.EnsureValid).Should().Throw<De06Metrics.Scorecards.ScorecardException>().Which.Problems.Should().HaveCount(11);
    }
}
