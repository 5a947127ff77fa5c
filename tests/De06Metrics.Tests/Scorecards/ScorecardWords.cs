using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// The words a scorecard's text may hold besides the phrase books', for <see cref="PseudoLanguage.WordsIn"/>: the data's
/// names, codes, count units, currency codes, and the documents its targets and values cite with their notes. Everything else in a row's sentence, the lagging report or the command's report,
/// whichever layer writes it, must come from the book.
/// </summary>
internal static class ScorecardWords
{
    public static IReadOnlyList<string> Of(ScorecardResult result)
    {
        var words = new List<string>();
        var units = new HashSet<UnitId>(result.Units.Units.Select(unit => unit.Id));
        foreach (var row in result.Rows)
        {
            var indicator = row.Indicator;
            words.AddRange(Both(indicator.Name));
            words.Add(indicator.Code.Value);
            if (indicator.Measure.CountUnit is { } countUnit)
            {
                words.AddRange(Both(countUnit));
            }

            // What a measure is per ("hộ" in "triệu đồng/hộ"), and its English singular.
            if (indicator.Measure.PerUnit is { } perUnit)
            {
                words.AddRange(Both(perUnit));
                words.Add(indicator.Measure.PerUnitSingular ?? string.Empty);
            }

            if (indicator.Measure.Kind == MeasureKind.Money)
            {
                words.Add(indicator.Measure.Currency.Code);
            }

            // The documents the targets and values cite, and what the data says of them (the HTML report's footnotes).
            foreach (var source in new[] { row.Target?.Source, row.Reported?.Source })
            {
                words.Add(source?.Document ?? string.Empty);
                words.Add(source?.Note ?? string.Empty);
            }

            // How a figure was worked out, and the notes and statuses set by hand on the row: data, in its own words.
            words.Add(row.Reported?.StatusNote ?? string.Empty);
            words.Add(row.Note?.Text ?? string.Empty);
            words.Add(row.Override?.Reason ?? string.Empty);
            words.Add(row.Override?.SetBy ?? string.Empty);

            units.UnionWith(row.Responsibility.All);
            if (result.CarryOver(row) is { } carried)
            {
                units.UnionWith(carried.Original.All);
                units.UnionWith(carried.Mapped?.All ?? []);
                foreach (var succession in carried.Coordinating.Append(carried.Lead))
                {
                    units.Add(succession.Unit);
                    units.UnionWith(succession.Successors.Select(share => share.Unit));
                }
            }
        }

        // The base figures' notes (a derived 2023 value says how it was worked out).
        words.AddRange(result.Scorecard.Observations.Select(observation => observation.StatusNote ?? string.Empty));
        foreach (var unit in units)
        {
            words.AddRange(Both(result.NameOf(unit)));
            words.Add(unit.Value);
        }

        return [.. words.Where(word => word.Length > 0).Distinct()];
    }

    private static IEnumerable<string> Both(LocalizedText text) => text.English is { } english ? [text.Vietnamese, english] : [text.Vietnamese];
}
