using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Scorecards;
using De06Metrics.Tasks;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Reporting;

/// <summary>
/// A scorecard's result as one HTML document an office can print and sign: a header (reporting body, period, as-of
/// date, the day it was made), the summary as tiles, the results table with a status badge per row, charts, what lags
/// per lead unit, the tasks, and footnotes for derived values, target sources, as-of dates and where a figure stands on
/// its trajectory ("thấp hơn mốc 84,0% của lộ trình năm 2024, chậm so với lộ trình").
/// </summary>
/// <remarks>
/// <para>
/// Every word comes from the language's phrase book or the library's own sentences; numbers and dates follow the
/// language ("88,8%", "10/3/2024" / "88.8%", "10 Mar 2024"). Every text from the data is HTML-encoded as it is
/// written (control characters shown, never obeyed), so a name holding <c>&lt;script&gt;</c> is shown, never run.
/// </para>
/// <para>
/// The document is self-contained: its style sheet and SVG charts are inline, with no script, external font, image or
/// link. It prints on A4 landscape with the table headers repeated on each page and no row cut across pages, and at a
/// phone's width (390 px) the tables scroll sideways inside their frame instead of wrapping word by word. A status is
/// shown by a badge with its name and a sign (▲ ✓ ≈ ✗ —) in the colours of <see cref="ReportPalette"/>, never by colour
/// alone. Landmarks (<c>header</c>, <c>main</c>, <c>footer</c>), table captions and scoped headers make it readable
/// by a screen reader.
/// </para>
/// <para>A pure function of its input; safe to call from any thread.</para>
/// </remarks>
public static partial class HtmlReport
{
    /// <summary>Writes the report as an HTML document.</summary>
    /// <param name="result">The evaluated scorecard.</param>
    /// <param name="output">Where the document is written.</param>
    /// <param name="options">The language, the day the report is made, and optionally the tasks and the reporting body.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/>, <paramref name="output"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static void Write(ScorecardResult result, TextWriter output, HtmlReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        new Document(result, new HtmlWriter(output), options).Write();
    }

    /// <summary>The report as an HTML document in a string.</summary>
    /// <param name="result">The evaluated scorecard.</param>
    /// <param name="options">The language, the day the report is made, and optionally the tasks and the reporting body.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static string ToHtml(ScorecardResult result, HtmlReportOptions options)
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(result, output, options);
        return output.ToString();
    }

    /// <summary>
    /// The most bars a target chart draws, and the most charts of figures over time the document draws: beyond it, the
    /// results furthest from their targets, with a note saying how many of how many are drawn.
    /// </summary>
    internal const int ChartLimit = 20;

    /// <summary>
    /// The rows a capped chart draws, chosen in one pass without keeping the others: all of them in their order when
    /// there are at most the limit, else the limit's worth furthest from their targets, the furthest first (not met and
    /// behind schedule, not met, basically met, no data, invalid, met, exceeded; within a status, the smallest margin,
    /// which is signed so that positive is better; then the order of the rows).
    /// </summary>
    private sealed class Worst(int limit)
    {
        private readonly List<(ScorecardRow Row, int Index)> kept = [];

        /// <summary>How many rows were offered.</summary>
        public int Count { get; private set; }

        public IReadOnlyList<ScorecardRow> Rows => Count <= limit
            ? [.. kept.OrderBy(entry => entry.Index).Select(entry => entry.Row)]
            : [.. kept.Order(Comparer<(ScorecardRow Row, int Index)>.Create(Compare)).Select(entry => entry.Row)];

        public void Add(ScorecardRow row)
        {
            var entry = (row, Count++);
            if (kept.Count < limit)
            {
                kept.Add(entry);
                return;
            }

            // The kept row nearest its target gives way to one further from it.
            var best = 0;
            for (var i = 1; i < kept.Count; i++)
            {
                if (Compare(kept[i], kept[best]) > 0)
                {
                    best = i;
                }
            }

            if (Compare(entry, kept[best]) < 0)
            {
                kept[best] = entry;
            }
        }

        private static int Compare((ScorecardRow Row, int Index) a, (ScorecardRow Row, int Index) b)
        {
            var bySeverity = Severity(a.Row).CompareTo(Severity(b.Row));
            if (bySeverity != 0)
            {
                return bySeverity;
            }

            var (x, y) = (a.Row.Evaluation?.Margin, b.Row.Evaluation?.Margin);
            var byMargin = x is { } left && y is { } right ? left.CompareTo(right) : (x is null).CompareTo(y is null);
            return byMargin != 0 ? byMargin : a.Index.CompareTo(b.Index);
        }

        private static int Severity(ScorecardRow row) => row.Status switch
        {
            TargetStatus.NotMet when row.IsBehindSchedule => 0,
            TargetStatus.NotMet => 1,
            TargetStatus.BasicallyMet => 2,
            TargetStatus.NoData => 3,
            TargetStatus.Invalid => 4,
            TargetStatus.Met => 5,
            TargetStatus.Exceeded => 6,
            _ => 7,
        };
    }

    /// <summary>
    /// The rank rows a movement chart draws, chosen in one pass without keeping the others: all of them in their order
    /// when there are at most the limit, else the limit's worth that moved most, up or down (the most places first; a
    /// movement between fields of different sizes, whose places are not comparable, after every comparable one; then
    /// the order of the rows), drawn in the order of the rows.
    /// </summary>
    private sealed class Largest(int limit)
    {
        private readonly List<(ScorecardRow Row, int Index)> kept = [];

        /// <summary>How many rows were offered.</summary>
        public int Count { get; private set; }

        public IReadOnlyList<ScorecardRow> Rows => [.. kept.OrderBy(entry => entry.Index).Select(entry => entry.Row)];

        public void Add(ScorecardRow row)
        {
            var entry = (row, Count++);
            if (kept.Count < limit)
            {
                kept.Add(entry);
                return;
            }

            // The kept row that moved least gives way to one that moved more.
            var least = 0;
            for (var i = 1; i < kept.Count; i++)
            {
                if (Compare(kept[i], kept[least]) > 0)
                {
                    least = i;
                }
            }

            if (Compare(entry, kept[least]) < 0)
            {
                kept[least] = entry;
            }
        }

        /// <summary>Negative when <paramref name="a"/> moved more than <paramref name="b"/> (or as much, and comes first).</summary>
        private static int Compare((ScorecardRow Row, int Index) a, (ScorecardRow Row, int Index) b)
        {
            var byPlaces = Places(b.Row).CompareTo(Places(a.Row));
            return byPlaces != 0 ? byPlaces : a.Index.CompareTo(b.Index);
        }

        /// <summary>The places moved, up or down; −1 when the fields differ in size.</summary>
        private static long Places(ScorecardRow row) =>
            row.RankChange is { PlacesGained: { } gained } ? Math.Abs((long)gained) : -1;
    }

    /// <summary>One document being written: the footnotes are numbered in the order they are first referred to.</summary>
    private sealed partial class Document(ScorecardResult result, HtmlWriter html, HtmlReportOptions options)
    {
        private readonly Language language = options.Language;
        private readonly List<string> notes = [];

        public void Write()
        {
            var title = language.Format(Phrase.ReportTitle, result.Period.ToString(language));
            html.Markup("<!DOCTYPE html>").Line();
            html.Open("html", ("lang", language.Code)).Line();
            html.Open("head").Line();
            html.Markup("<meta charset=\"utf-8\">").Line();
            html.Markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">").Line();
            html.Element("title", title).Line();
            html.Open("style").Markup(StyleSheet).Close("style").Line();
            html.Close("head").Line();
            html.Open("body").Line();
            Header(title);
            html.Open("main").Line();
            Summary();
            Results();
            Charts();
            Lagging();
            if (options.Tasks is { Items.IsEmpty: false } tasks)
            {
                Tasks(tasks);
            }

            if (options.Tree is { } tree)
            {
                Tree(tree);
            }

            html.Close("main").Line();
            Footer();
            html.Close("body").Line();
            html.Close("html").Line();
        }

        private void Header(string title)
        {
            var body = options.ReportingBody?.In(language)
                ?? string.Join(", ", result.Units.Roots.Select(unit => unit.Name.In(language)).DefaultIfEmpty("—"));
            html.Open("header", ("class", "de06-head")).Line();
            html.Element("p", body, ("class", "de06-body")).Line();
            html.Element("h1", title).Line();
            html.Open("dl", ("class", "de06-facts")).Line();
            Fact(Phrase.HtmlReportBody, body, "body");
            Fact(Phrase.HtmlReportPeriod, result.Period.ToString(language), "period");
            if (result.BasePeriod is { } basePeriod)
            {
                Fact(Phrase.HtmlReportComparedWith, basePeriod.ToString(language), "compared-with");
            }

            Fact(Phrase.HtmlReportAsOf, PeriodText.ShortDate(ReportAsOf, language), "as-of");
            Fact(Phrase.HtmlReportGenerated, PeriodText.ShortDate(options.Generated, language), "generated");
            html.Close("dl").Line();
            html.Close("header").Line();

            void Fact(Phrase term, string value, string name)
            {
                html.Open("div", ("class", "de06-fact"), ("data-fact", name))
                    .Element("dt", language[term])
                    .Element("dd", value)
                    .Close("div").Line();
            }
        }

        /// <summary>The day the figures stand on: the as-of day of the evaluation, else the end of the period.</summary>
        private LocalDate ReportAsOf => result.AsOf ?? result.Period.End;

        private void Results()
        {
            Section("results", Phrase.HtmlReportTableHeading);
            html.Open("div", ("class", "de06-scroll"), ("role", "region"), ("aria-labelledby", "de06-results-heading"), ("tabindex", "0")).Line();
            html.Open("table", ("class", "de06-table de06-results")).Line();
            html.Element("caption", language.Format(Phrase.ReportTitle, result.Period.ToString(language))).Line();
            Head(
                Phrase.ReportColumnCode,
                Phrase.ReportColumnIndicator,
                Phrase.ReportColumnUnit,
                Phrase.ReportColumnActual,
                Phrase.ReportColumnTarget,
                Phrase.ReportColumnMargin,
                Phrase.ReportColumnStatus,
                Phrase.ReportColumnChange,
                Phrase.ReportColumnLead);
            html.Open("tbody").Line();
            foreach (var row in result.Rows)
            {
                var evaluation = row.Evaluation;
                html.Open("tr", ("data-indicator", row.Indicator.Code.Value), ("data-unit", row.Unit.Id.Value));
                Code(row.Indicator.Code.Value);
                html.Element("th", row.Indicator.Name.In(language), ("scope", "row"));
                html.Element("td", row.Unit.Name.In(language));
                html.Open("td", ("class", "de06-num de06-wrap"));
                Value(row);
                References(ValueNotes(row));
                html.Close("td");
                // A row without a target of its own shows the containing period's plan it is set against: "≥ 33 mô hình (năm 2024)".
                html.Open("td", ("class", "de06-num de06-wrap")).Text(
                    row.Target is { } target ? row.Indicator.FormatGoal(target.Goal, language)
                    : row.PlanShare is { } plan ? plan.DescribePlan(language)
                    : "—");
                References(TargetNotes(row));
                html.Close("td");
                html.Element("td", evaluation?.Margin is { } margin ? row.Indicator.FormatDifference(margin, language, explicitPlusSign: true) : "—", ("class", "de06-num de06-wrap"));
                html.Open("td", ("class", "de06-status"));
                Badge(row);
                html.Close("td");
                // A row with no earlier figure to compare with shows a dash, as the other empty cells do.
                html.Open("td", ("class", "de06-wide")).Text(ChangeText(row) is { Length: > 0 } change ? change : "—");
                References(ChangeNotes(row));
                html.Close("td");
                html.Element("td", result.DescribeLead(row, language), ("class", "de06-wide"));
                html.Close("tr").Line();
            }

            html.Close("tbody").Line();
            html.Close("table").Line();
            html.Close("div").Line();
            html.Close("section").Line();
        }

        /// <summary>A row's status as a badge: its sign and its name on its colour, "behind schedule" added when it is.</summary>
        private void Badge(ScorecardRow row)
        {
            var status = row.Status;
            // A figure without a date whose period had not ended is shown, not judged: the badge says so, not "no data".
            var name = row.IsBeforePeriodEnd ? language[Phrase.ReportStatusPeriodNotEnded]
                : status is { } known ? known.Describe(language) : language[Phrase.StatusNoTarget];
            if (status is null && row.PlanShare is { Share: not null } plan)
            {
                // Against a containing period's plan: where the figure stands on the plan's line, "▲ Vượt tiến độ 21 ngày",
                // in the colours of a target's status.
                Badge(ReportPalette.Fill(plan.Status), ReportPalette.Icon(plan.Status), LetterCase.UpperFirst(plan.DescribeSchedule(language)), ScheduleName(plan.Status));
                return;
            }

            if (row.IsBehindSchedule)
            {
                name = language.Format(Phrase.ReportStatusBehindSchedule, name);
            }

            Badge(ReportPalette.Fill(status), ReportPalette.Icon(status), name, StatusName(status));
        }

        private void Badge(string fill, string icon, string name, string status)
        {
            html.Open("span", ("class", "de06-badge"), ("data-status", status), ("style", $"background:{fill};color:{ReportPalette.LightText}"))
                .Element("span", icon, ("class", "de06-icon"), ("aria-hidden", "true"))
                .Text(" ")
                .Element("span", name, ("class", "de06-word"))
                .Close("span");
        }

        private static string ScheduleName(ScheduleStatus status) => status switch
        {
            ScheduleStatus.AheadOfSchedule => "ahead-of-schedule",
            ScheduleStatus.OnSchedule => "on-schedule",
            ScheduleStatus.BehindSchedule => "behind-schedule",
            _ => "no-data",
        };

        private static string StatusName(TargetStatus? status) => status switch
        {
            null => "none",
            TargetStatus.NoData => "no-data",
            TargetStatus.NotMet => "not-met",
            TargetStatus.Met => "met",
            TargetStatus.BasicallyMet => "basically-met",
            TargetStatus.Exceeded => "exceeded",
            TargetStatus.Invalid => "invalid",
            _ => status.Value.ToString().ToLowerInvariant(),
        };

        /// <summary>
        /// The notes on a row's value: derived from subordinate units, what its source says of it (an estimate, a figure
        /// worked out from another), counted to a day other than the report's, and where it stands on its trajectory.
        /// </summary>
        private IEnumerable<string> ValueNotes(ScorecardRow row)
        {
            if (row.Origin == ValueOrigin.Derived)
            {
                var count = row.DerivedFromChildren;
                yield return language.Format(
                    Phrase.HtmlReportNoteDerived,
                    language.FormatNumber(count, 0),
                    language.Count(count, Phrase.HtmlReportSubordinateOne, Phrase.HtmlReportSubordinateOther));
            }

            if (row.Reported?.Source is { Note: { } note } source)
            {
                yield return source.IssuedOn is { } issued
                    ? language.Format(Phrase.HtmlReportNoteSourceDated, source.Document, PeriodText.ShortDate(issued, language), note)
                    : language.Format(Phrase.HtmlReportNoteSource, source.Document, note);
            }

            if (row.AsOf is { } asOf && asOf != ReportAsOf)
            {
                yield return language.Format(Phrase.HtmlReportNoteAsOf, PeriodText.ShortDate(asOf, language));
            }

            // Where the value comes from: an estimate, a revision (the base's and the change's go with the change); then
            // the row's note and a status set by hand.
            foreach (var provenance in row.DescribeProvenance(language).Take(ValueProvenanceCount(row)))
            {
                yield return provenance;
            }

            if (row.Override is { } set)
            {
                yield return set.Describe(language);
            }

            if (row.Note?.Text is { } text)
            {
                yield return language.Format(Phrase.RowNote, text);
            }

            // Where the figure stands on its trajectory: "thấp hơn mốc 84,0% của lộ trình năm 2024, chậm so với lộ trình".
            if (row.DescribeTrajectory(language) is { Length: > 0 } trajectory)
            {
                yield return trajectory;
            }
        }

        /// <summary>
        /// A row's value as the cell writes it: with its status's mark when it is not simply reported ("72,3% (suy ra)"),
        /// and the period it is of when it is an earlier figure than the report's ("thứ 11/63 (số liệu năm 2023)").
        /// </summary>
        /// <remarks>
        /// The period and the mark are each kept whole on their line ("44,03 triệu đồng/hộ" / "(suy ra)"), so that a
        /// narrow column never breaks them in two.
        /// </remarks>
        private void Value(ScorecardRow row)
        {
            var text = row.DescribeValue(language);
            if (text.Length == 0)
            {
                return;
            }

            html.Text(text);
            if (row.IsEarlierFigure)
            {
                html.Text(" ").Element("span", $"({language.Format(Phrase.ScorecardFigureOf, PeriodText.InSentence(row.Period, language))})", ("class", "de06-part"));
            }

            if (row.ValueStatus != ValueStatus.Reported)
            {
                html.Text(" ").Element("span", row.ValueStatus.Mark(language), ("class", "de06-part"));
            }
        }

        /// <summary>
        /// A row's change as the cell writes it, marked with the weaker status of the figures it is computed from ("tăng
        /// 16,5 điểm phần trăm so với năm 2023 (suy ra)"); a change on a restated base already says so in its words.
        /// </summary>
        private string ChangeText(ScorecardRow row)
        {
            var text = row.DescribeChange(language);
            return row.ChangeStatus == ValueStatus.Restated ? text : Marked(text, row.ChangeStatus);
        }

        private string Marked(string text, ValueStatus status) =>
            text.Length == 0 || status == ValueStatus.Reported ? text : $"{text} {status.Mark(language)}";

        /// <summary>The notes on a row's change: where its base comes from, and why the change is marked.</summary>
        private IEnumerable<string> ChangeNotes(ScorecardRow row) =>
            row.DescribeProvenance(language).Skip(ValueProvenanceCount(row));

        /// <summary>How many of the row's provenance notes are of its value (<see cref="ScorecardRow.DescribeProvenance"/> writes it first).</summary>
        private static int ValueProvenanceCount(ScorecardRow row) =>
            row.ValueStatus != ValueStatus.Reported && row.Actual is not null ? 1 : 0;

        /// <summary>The note on a row's target: the document that set it, and what the data says of it.</summary>
        private IEnumerable<string> TargetNotes(ScorecardRow row)
        {
            if (row.Target?.Source is { Note: { } note } source)
            {
                yield return source.IssuedOn is { } issued
                    ? language.Format(Phrase.HtmlReportNoteTargetDated, source.Document, PeriodText.ShortDate(issued, language), note)
                    : language.Format(Phrase.HtmlReportNoteTarget, source.Document, note);
            }
        }

        /// <summary>
        /// Superscript links to the notes, each note numbered once however many rows refer to it; several in one cell are
        /// parted by commas ("¹,²"), so that two notes never read as note 12.
        /// </summary>
        private void References(IEnumerable<string> texts)
        {
            var first = true;
            foreach (var text in texts)
            {
                if (!first)
                {
                    html.Open("sup", ("class", "de06-ref-sep"), ("aria-hidden", "true")).Text(",").Close("sup");
                }

                first = false;
                var index = notes.IndexOf(text);
                if (index < 0)
                {
                    notes.Add(text);
                    index = notes.Count - 1;
                }

                var number = language.FormatNumber(index + 1, 0);
                html.Open("sup", ("class", "de06-ref"))
                    .Element("a", number, ("href", $"#de06-note-{index + 1}"), ("id", null))
                    .Close("sup");
            }
        }

        private void Charts()
        {
            // Target bars, one chart per measure in the order the measures first come, each of at most ChartLimit bars.
            var bars = new List<Worst>();
            var barsOf = new Dictionary<Measure, Worst>();
            foreach (var row in result.Rows.Where(row => row.Target is not null && row.Indicator.Measure.Kind != MeasureKind.Rank))
            {
                if (!barsOf.TryGetValue(row.Indicator.Measure, out var chart))
                {
                    chart = new Worst(ChartLimit);
                    barsOf.Add(row.Indicator.Measure, chart);
                    bars.Add(chart);
                }

                chart.Add(row);
            }

            // Rank movements, one chart per rank indicator in the order the indicators first come, each of at most ChartLimit units.
            var movements = new List<Largest>();
            var movementsOf = new Dictionary<IndicatorCode, Largest>();
            foreach (var row in result.Rows.Where(row => row.RankChange is not null))
            {
                if (!movementsOf.TryGetValue(row.Indicator.Code, out var chart))
                {
                    chart = new Largest(ChartLimit);
                    movementsOf.Add(row.Indicator.Code, chart);
                    movements.Add(chart);
                }

                chart.Add(row);
            }

            // Trends: each row's figures over the periods the scorecard holds up to the report's (2023 and the quarter, say), its target marked.
            // Ranks are left to the movement chart above, whose scale runs from position 1 down.
            // Grouped once, so that a large scorecard is not scanned once a row; at most ChartLimit rows get a chart.
            var series = new Worst(ChartLimit);
            foreach (var row in result.Rows.Where(row => row.Indicator.Measure.Kind != MeasureKind.Rank))
            {
                if (result.Scorecard.HasFiguresOverTime(row.Indicator.Code, row.Unit.Id, result.Period.End))
                {
                    series.Add(row);
                }
            }

            if (bars.Count == 0 && movements.Count == 0 && series.Count == 0)
            {
                return;
            }

            Section("charts", Phrase.HtmlReportChartsHeading);
            html.Open("div", ("class", "de06-charts")).Line();
            foreach (var chart in bars)
            {
                // The charts are the library's own SVG, every text in them already XML-escaped; drawn straight into the document.
                html.Open("figure", ("class", "de06-chart de06-chart-wide")).Markup(output => SvgCharts.WriteTargetBars(chart.Rows, language, output));
                if (chart.Count > ChartLimit)
                {
                    html.Element("figcaption", Capped(Phrase.HtmlReportChartBarsCapped, ChartLimit, chart.Count), ("class", "de06-chart-note"));
                }

                html.Close("figure").Line();
            }

            foreach (var chart in movements)
            {
                var rows = chart.Rows;
                var names = rows.ToDictionary(row => row.Unit.Id, row => row.Unit.Name.In(language));
                var ranks = RankMovements.Between(
                    rows.Select(row => KeyValuePair.Create(row.Unit.Id, row.RankChange!.Value.Previous)),
                    rows.Select(row => KeyValuePair.Create(row.Unit.Id, row.RankChange!.Value.Current)));
                var first = rows[0];
                html.Open("figure", ("class", "de06-chart")).Markup(SvgCharts.RankMovement(
                    ranks,
                    language,
                    id => names[id],
                    previousLabel: first.BasePeriod?.ToString(language),
                    currentLabel: first.Period.ToString(language)));
                if (chart.Count > ChartLimit)
                {
                    html.Open("figcaption", ("class", "de06-chart-note"))
                        .Element("span", language.Format(Phrase.HtmlReportChartMovementsCapped, language.FormatNumber(ChartLimit, 0)), ("class", "de06-chart-rule"))
                        .Markup("<br>")
                        .Element("span", Capped(Phrase.HtmlReportChartMovementsNotDrawn, chart.Count - ChartLimit, chart.Count), ("class", "de06-chart-hidden"))
                        .Close("figcaption");
                }

                html.Close("figure").Line();
            }

            // The figures of the charted rows alone (every vintage, in the scorecard's order), gathered in one pass.
            var charted = series.Rows.Select(row => (row.Indicator.Code, row.Unit.Id)).ToHashSet();
            var figuresOf = charted.Count == 0
                ? Enumerable.Empty<Observation>().ToLookup(observation => (observation.Indicator, observation.Unit))
                : result.Scorecard.Observations
                    .Where(observation => observation.Period.End <= result.Period.End && charted.Contains((observation.Indicator, observation.Unit)))
                    .ToLookup(observation => (observation.Indicator, observation.Unit));
            foreach (var row in series.Rows)
            {
                var chart = SvgCharts.Series(row.Indicator, row.Unit.Name.In(language), [.. figuresOf[(row.Indicator.Code, row.Unit.Id)]], language, row.Target);
                html.Open("figure", ("class", "de06-chart de06-chart-series")).Markup(chart).Close("figure").Line();
            }

            html.Close("div").Line();
            if (series.Count > ChartLimit)
            {
                html.Element("p", Capped(Phrase.HtmlReportChartSeriesCapped, ChartLimit, series.Count), ("class", "de06-chart-note")).Line();
            }

            html.Close("section").Line();

            string Capped(Phrase phrase, int shown, int count) =>
                language.Format(phrase, language.FormatNumber(shown, 0), language.FormatNumber(count, 0));
        }

        private void Lagging()
        {
            // Streamed: the rows are read once for each lagging row's lead and severity, and only the items listed are made.
            Section("lagging", Phrase.ReportLaggingHeading);
            var any = false;
            foreach (var section in LaggingReport.Stream(result, options.Tree))
            {
                any = true;
                html.Open("section", ("class", "de06-lead")).Line();
                html.Element("h3", section.Describe(language)).Line();
                html.Open("ul", ("class", "de06-items")).Line();
                foreach (var item in section.EnumerateItems().Take(LaggingReport.ListedPerLead))
                {
                    html.Open("li");
                    Badge(item.Row);
                    html.Text(" ").Element("span", item.Describe(language), ("class", "de06-sentence"));
                    html.Close("li").Line();
                }

                html.Close("ul").Line();
                if (section.Count > LaggingReport.ListedPerLead)
                {
                    var more = section.Count - LaggingReport.ListedPerLead;
                    html.Element("p", LaggingReport.DescribeMore(more, language), ("class", "de06-more"), ("data-more", more.ToString(System.Globalization.CultureInfo.InvariantCulture))).Line();
                }

                html.Close("section").Line();
            }

            if (!any)
            {
                html.Element("p", language[Phrase.ViewNothingLags]).Line();
            }

            html.Close("section").Line();
        }

        private void Tasks(TaskListAssessment tasks)
        {
            Section("tasks", Phrase.ReportTasksHeading);
            html.Element("p", tasks.Describe(language), ("class", "de06-task-summary")).Line();
            html.Open("div", ("class", "de06-scroll"), ("role", "region"), ("aria-labelledby", "de06-tasks-heading"), ("tabindex", "0")).Line();
            html.Open("table", ("class", "de06-table de06-tasks")).Line();
            html.Element("caption", language.Format(Phrase.ReportTasksTitle, PeriodText.ShortDate(tasks.AsOf, language))).Line();
            Head(
                Phrase.ReportColumnCode,
                Phrase.ReportColumnTask,
                Phrase.ReportColumnLead,
                Phrase.ReportColumnDeadline,
                Phrase.ReportColumnDoneOn,
                Phrase.ReportColumnStatus);
            html.Open("tbody").Line();
            foreach (var item in tasks.Items)
            {
                html.Open("tr", ("data-task", item.Task.Code));
                Code(item.Task.Code);
                html.Element("th", item.Task.Name.In(language), ("scope", "row"));
                html.Element("td", tasks.NameOf(item.Responsibility.Lead).In(language), ("class", "de06-wide"));
                html.Element("td", PeriodText.ShortDate(item.Task.Deadline, language), ("class", "de06-num"));
                html.Element("td", item.Task.DoneOn is { } done ? PeriodText.ShortDate(done, language) : "—", ("class", "de06-num"));
                html.Open("td", ("class", "de06-status"));
                TaskBadge(item.Status, item.Deadline.Describe(language));
                html.Close("td");
                html.Close("tr").Line();
            }

            html.Close("tbody").Line();
            html.Close("table").Line();
            html.Close("div").Line();

            html.Element("h3", language[Phrase.ReportTaskLaggingHeading], ("id", "de06-task-lagging-heading")).Line();
            if (tasks.Lagging.IsEmpty)
            {
                html.Element("p", language[Phrase.HtmlReportNoTaskLags]).Line();
            }

            foreach (var section in tasks.Lagging)
            {
                html.Open("section", ("class", "de06-lead")).Line();
                html.Element("h4", section.Describe(language)).Line();
                html.Open("ul", ("class", "de06-items")).Line();
                foreach (var item in section.Items)
                {
                    var days = item.DaysOverdue ?? item.Deadline.DaysLate ?? 0;
                    html.Open("li", ("data-days", days.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    TaskBadge(item.Status, DeadlineCheck.Days(days, language));
                    html.Text(" ").Element("span", item.Describe(language), ("class", "de06-sentence"));
                    html.Close("li").Line();
                }

                html.Close("ul").Line();
                html.Close("section").Line();
            }

            html.Close("section").Line();
        }

        /// <summary>A task's badge: its words standing alone, so begun with a capital ("Hoàn thành đúng hạn"), as a row's status is.</summary>
        private void TaskBadge(DeadlineStatus status, string words) =>
            Badge(ReportPalette.Fill(status), ReportPalette.Icon(status), LetterCase.UpperFirst(words), status switch
            {
                DeadlineStatus.DoneOnTime => "done-on-time",
                DeadlineStatus.DoneLate => "done-late",
                DeadlineStatus.DueSoon => "due-soon",
                DeadlineStatus.Overdue => "overdue",
                _ => "not-yet-due",
            });

        private void Footer()
        {
            html.Open("footer", ("class", "de06-foot")).Line();
            if (notes.Count > 0)
            {
                html.Element("h2", language[Phrase.HtmlReportNotesHeading], ("id", "de06-notes-heading")).Line();

                // What each mark in the cells means ("(suy ra): …"), before the numbered notes that refer to the figures.
                var legend = result.DescribeStatusLegend(language);
                if (legend.Count > 0)
                {
                    html.Open("ul", ("class", "de06-legend")).Line();
                    foreach (var line in legend)
                    {
                        html.Element("li", line).Line();
                    }

                    html.Close("ul").Line();
                }

                html.Open("ol", ("class", "de06-notes")).Line();
                for (var i = 0; i < notes.Count; i++)
                {
                    html.Element("li", Sentence(notes[i]), ("id", $"de06-note-{i + 1}")).Line();
                }

                html.Close("ol").Line();
            }

            html.Open("p", ("class", "de06-generated"))
                .Text(language[Phrase.HtmlReportGenerated]).Text(": ").Text(PeriodText.ShortDate(options.Generated, language))
                .Close("p").Line();
            html.Close("footer").Line();
        }

        /// <summary>A note as a sentence: ended by a full stop when it does not end with one already (nor with "!", "?" or "…").</summary>
        private static string Sentence(string note) =>
            note.Length == 0 || note[^1] is '.' or '!' or '?' or '…' ? note : note + ".";

        /// <summary>
        /// A code's cell: a line may break only after a dot, a hyphen or an underscore ("HEALTH.CHIPID_|INSURANCE"),
        /// never inside a word, so a narrow column shows whole parts of the code.
        /// </summary>
        private void Code(string code)
        {
            html.Open("td", ("class", "de06-code"));
            var start = 0;
            for (var i = 0; i < code.Length; i++)
            {
                if (code[i] is '.' or '_' or '-' && i + 1 < code.Length)
                {
                    html.Text(code[start..(i + 1)]).Markup("<wbr>");
                    start = i + 1;
                }
            }

            html.Text(code[start..]).Close("td");
        }

        private void Section(string id, Phrase heading)
        {
            html.Open("section", ("id", $"de06-{id}"), ("aria-labelledby", $"de06-{id}-heading")).Line();
            html.Element("h2", language[heading], ("id", $"de06-{id}-heading")).Line();
        }

        private void Head(params ReadOnlySpan<Phrase> columns)
        {
            html.Open("thead").Open("tr");
            foreach (var column in columns)
            {
                html.Element("th", language[column], ("scope", "col"));
            }

            html.Close("tr").Close("thead").Line();
        }
    }
}
