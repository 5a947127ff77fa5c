using System.Text;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Scorecards;
using De06Metrics.Text;

namespace De06Metrics.Reporting;

/// <summary>
/// Results as HTML fragments: a table for a scorecard, a row or a target evaluation, a list for a lagging report, a
/// short coloured line for a rank or a change. The notebook extension registers these as the package's views.
/// </summary>
/// <remarks>
/// <para>
/// Every word comes from the language's phrase book or from the library's own sentences
/// (<see cref="ScorecardRow.Describe(Language)"/>, <see cref="Indicators.Indicator.FormatGoal"/>,
/// <see cref="TargetStatusExtensions.Describe"/>…); numbers follow the language's conventions ("88,8%" / "88.8%").
/// A status cell holds the status's name on its colour (<see cref="SvgCharts.StatusColour"/>), never the colour alone.
/// </para>
/// <para>
/// Text is HTML-escaped (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c>; other characters, Vietnamese
/// letters included, stay as they are), and the markup is well-formed XML. Elements carry a class
/// (<c>de06-scorecard</c>, <c>de06-row</c>, <c>de06-evaluation</c>, <c>de06-ranking</c>, <c>de06-lagging</c>,
/// <c>de06-rank</c>, <c>de06-rank-change</c>, <c>de06-change</c>, <c>de06-status</c>) so that a page can restyle them.
/// The methods are pure functions of their input and safe to call from any thread.
/// </para>
/// </remarks>
public static class HtmlViews
{
    // Stands for a cell with nothing to show: no value, no target, no change.
    private const string Missing = "—";

    /// <summary>
    /// A scorecard result as a table captioned with its period: one line per row with the indicator, the unit, the
    /// value, the goal, the status and the change from the comparison period.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="language">The language of words and numbers.</param>
    /// <returns>A <c>&lt;table class="de06-scorecard"&gt;</c> element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="language"/> is null.</exception>
    public static string Scorecard(ScorecardResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(language);
        var html = new StringBuilder("<table class=\"de06-scorecard\">");
        html.Append("<caption style=\"text-align:left;font-weight:bold\">").Append(Escape(result.Period.ToString(null, language))).Append("</caption>");
        html.Append(Head(
            language[Phrase.ViewIndicator],
            language[Phrase.ViewUnit],
            language[Phrase.ViewValue],
            language[Phrase.ViewTarget],
            language[Phrase.ViewStatus],
            language[Phrase.ViewChange]));
        html.Append("<tbody>");
        foreach (var row in result.Rows)
        {
            html.Append("<tr>")
                .Append(Cell(row.Indicator.Name.In(language)))
                .Append(Cell(row.Unit.Name.In(language)))
                .Append(Cell(row.MissingValueReason == NotMeaningfulReason.NoData ? Missing : row.DescribeValue(language), "text-align:right"))
                .Append(Cell(row.Target is { } target ? row.Indicator.FormatGoal(target.Goal, language) : Missing))
                .Append(StatusCell(row.Status, language))
                .Append(Cell(row.Change?.Describe(language) ?? row.RankChange?.Describe(language) ?? Missing))
                .Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>
    /// One scorecard row as a table captioned with its indicator and unit: the value, the goal, the margin and the
    /// status when the row has a target (else a "no target" status), and the row's sentence.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="language">The language of words and numbers.</param>
    /// <returns>A <c>&lt;table class="de06-row"&gt;</c> element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> or <paramref name="language"/> is null.</exception>
    public static string Row(ScorecardRow row, Language language)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(language);
        var html = new StringBuilder("<table class=\"de06-row\">");
        html.Append("<caption style=\"text-align:left;font-weight:bold\">")
            .Append(Escape(language.Format(Phrase.ViewRowCaption, row.Indicator.Name.In(language), row.Unit.Name.In(language))))
            .Append("</caption><tbody>");
        html.Append(Line(language[Phrase.ViewValue], Cell(row.MissingValueReason == NotMeaningfulReason.NoData ? Missing : row.DescribeValue(language))));
        html.Append(row.Evaluation is { } evaluation
            ? EvaluationLines(evaluation, language)
            : Line(language[Phrase.ViewStatus], StatusCell(null, language)));
        html.Append(Line(language[Phrase.ViewInWords], Cell(row.Describe(language))));
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A target evaluation as a table: the value, the goal, the margin, the status and the sentence.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="language">The language of words and numbers.</param>
    /// <returns>A <c>&lt;table class="de06-evaluation"&gt;</c> element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> or <paramref name="language"/> is null.</exception>
    public static string Evaluation(TargetEvaluation evaluation, Language language)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(language);
        var value = evaluation.Actual is { } actual ? evaluation.Indicator.FormatValue(actual.Value, language) : Missing;
        return "<table class=\"de06-evaluation\"><tbody>"
            + Line(language[Phrase.ViewValue], Cell(value))
            + EvaluationLines(evaluation, language)
            + Line(language[Phrase.ViewInWords], Cell(evaluation.Describe(language)))
            + "</tbody></table>";
    }

    /// <summary>A rank as its sentence (<see cref="FieldRank.Describe(Language)"/>).</summary>
    /// <param name="rank">The rank.</param>
    /// <param name="language">The language.</param>
    /// <returns>A <c>&lt;span class="de06-rank"&gt;</c> element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public static string Rank(FieldRank rank, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return $"<span class=\"de06-rank\">{Escape(rank.Describe(language))}</span>";
    }

    /// <summary>
    /// A rank change as "previous → current: change", green when places were gained, red when lost, grey when
    /// unchanged or not comparable.
    /// </summary>
    /// <param name="change">The change.</param>
    /// <param name="language">The language.</param>
    /// <returns>A <c>&lt;span class="de06-rank-change"&gt;</c> element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public static string Change(RankChange change, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var colour = SvgCharts.StatusColour(change switch
        {
            { IsComparable: true, PlacesGained: > 0 } => TargetStatus.Met,
            { IsComparable: true, PlacesGained: < 0 } => TargetStatus.NotMet,
            _ => null,
        });
        var text = language.Format(Phrase.ViewRankChange, change.Previous.Describe(language), change.Current.Describe(language), change.Describe(language));
        return $"<span class=\"de06-rank-change\" style=\"color:{colour}\">{Escape(text)}</span>";
    }

    /// <summary>
    /// A value change as its sentence, green for an improvement, red for a deterioration, grey otherwise.
    /// </summary>
    /// <param name="change">The change.</param>
    /// <param name="language">The language.</param>
    /// <returns>A <c>&lt;span class="de06-change"&gt;</c> element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> or <paramref name="language"/> is null.</exception>
    public static string Change(ValueChange change, Language language)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(language);
        var colour = SvgCharts.StatusColour(change.Assessment switch
        {
            ChangeAssessment.Improvement => TargetStatus.Met,
            ChangeAssessment.Deterioration => TargetStatus.NotMet,
            _ => null,
        });
        return $"<span class=\"de06-change\" style=\"color:{colour}\">{Escape(change.Describe(language))}</span>";
    }

    /// <summary>
    /// A ranking as a table of ranks ("1/2") and units in rank order, then the unranked units marked as such.
    /// </summary>
    /// <typeparam name="TKey">The unit key.</typeparam>
    /// <param name="ranking">The ranking.</param>
    /// <param name="language">The language.</param>
    /// <param name="label">Writes a unit's name; <see langword="null"/> uses the key's <see cref="object.ToString"/>.</param>
    /// <returns>A <c>&lt;table class="de06-ranking"&gt;</c> element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranking"/> or <paramref name="language"/> is null.</exception>
    public static string Ranking<TKey>(UnitRanking<TKey> ranking, Language language, Func<TKey, string>? label = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(language);
        label ??= key => key.ToString() ?? string.Empty;
        var html = new StringBuilder("<table class=\"de06-ranking\">")
            .Append(Head(language[Phrase.ViewRank], language[Phrase.ViewUnit]))
            .Append("<tbody>");
        foreach (var (key, rank) in ranking.InRankOrder)
        {
            html.Append("<tr>").Append(Cell(rank.ToString(null, language), "text-align:right")).Append(Cell(label(key))).Append("</tr>");
        }

        foreach (var key in ranking.Unranked)
        {
            html.Append("<tr>").Append(Cell(language[Phrase.ViewUnranked], "color:" + SvgCharts.StatusColour(null))).Append(Cell(label(key))).Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>
    /// A lagging report as one list per lead unit, each item its sentence in its status colour, at most
    /// <see cref="LaggingReport.ListedPerLead"/> of them, the most severe, then a line that counts the rest ("và 15 chỉ
    /// tiêu khác"); a short paragraph when nothing lags.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="language">The language.</param>
    /// <returns>A <c>&lt;div class="de06-lagging"&gt;</c> element, or a <c>&lt;p class="de06-lagging"&gt;</c> when empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="language"/> is null.</exception>
    public static string Lagging(LaggingReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        if (report.IsEmpty)
        {
            return $"<p class=\"de06-lagging\">{Escape(language[Phrase.ViewNothingLags])}</p>";
        }

        var html = new StringBuilder("<div class=\"de06-lagging\">");
        foreach (var section in report.Sections)
        {
            html.Append("<p style=\"font-weight:bold;margin-bottom:0\">").Append(Escape(section.Lead.Name.In(language))).Append("</p><ul style=\"margin-top:0\">");
            foreach (var item in section.EnumerateItems().Take(LaggingReport.ListedPerLead))
            {
                html.Append("<li style=\"color:").Append(SvgCharts.StatusColour(item.Row.Status)).Append("\">").Append(Escape(item.Describe(language))).Append("</li>");
            }

            html.Append("</ul>");
            if (section.Count > LaggingReport.ListedPerLead)
            {
                html.Append("<p style=\"margin-top:0\">").Append(Escape(LaggingReport.DescribeMore(section.Count - LaggingReport.ListedPerLead, language))).Append("</p>");
            }
        }

        return html.Append("</div>").ToString();
    }

    /// <summary>
    /// A table cell for a status: its name on its colour (<see cref="ReportPalette.Fill(TargetStatus?)"/>, the text in
    /// <see cref="ReportPalette.LightText"/>), so the
    /// status reads without the colour.
    /// </summary>
    /// <param name="status">The status; <see langword="null"/> is "no target".</param>
    /// <param name="language">The language.</param>
    /// <returns>A <c>&lt;td class="de06-status"&gt;</c> element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public static string StatusCell(TargetStatus? status, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var name = status is { } known ? known.Describe(language) : language[Phrase.StatusNoTarget];
        return $"<td class=\"de06-status\" style=\"padding:2px 8px;color:{ReportPalette.LightText};background:{ReportPalette.Fill(status)}\">{Escape(name)}</td>";
    }

    private static string EvaluationLines(TargetEvaluation evaluation, Language language)
    {
        var margin = evaluation.Margin is { } m ? evaluation.Indicator.FormatDifference(m, language, explicitPlusSign: true) : Missing;
        return Line(language[Phrase.ViewTarget], Cell(evaluation.Indicator.FormatGoal(evaluation.Goal, language)))
            + Line(language[Phrase.ViewMargin], Cell(margin))
            + Line(language[Phrase.ViewStatus], StatusCell(evaluation.Status, language));
    }

    private static string Line(string heading, string cell) => "<tr>" + Cell(heading) + cell + "</tr>";

    private static string Cell(string? text, string style = "") => $"<td style=\"padding:2px 8px;{style}\">{Escape(text)}</td>";

    private static string Head(params string[] names) =>
        "<thead><tr>" + string.Concat(names.Select(name => $"<th style=\"padding:2px 8px;text-align:left\">{Escape(name)}</th>")) + "</tr></thead>";

    // Only the five characters HTML gives meaning to are escaped: Vietnamese letters stay readable in the markup.
    private static string Escape(string? text) => (text ?? string.Empty)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
