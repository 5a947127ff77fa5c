using System.Globalization;
using De06Metrics.Composite;
using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Reporting;

/// <summary>
/// Charts of results as self-contained SVG text: no scripts, no links, no images and no web fonts, so a chart can be
/// saved as a file, embedded in an HTML report or shown in a notebook as it is.
/// </summary>
/// <remarks>
/// Every text in a chart (names, numbers, tooltips) is XML-escaped and written in the chosen language with its
/// number conventions ("88,8%" or "88.8%"). Coordinates are written with the invariant culture. Elements carry a
/// <c>class</c> (<c>bar</c>, <c>target-line</c>, <c>observation</c>, <c>projection</c>, <c>movement</c>…) so that a
/// page's stylesheet can restyle them. The methods are pure functions of their input and safe to call from any thread.
/// </remarks>
public static class SvgCharts
{
    private const string Green = ReportPalette.MetFill;
    private const string Red = ReportPalette.NotMetFill;
    private const string Grey = ReportPalette.NeutralFill;
    private const string Ink = ReportPalette.DarkText;
    private const string Rule = "#bdbdbd";
    private const string Blue = "#1565c0";

    /// <summary>
    /// The fill colour of a status: green for <see cref="TargetStatus.Exceeded"/> and <see cref="TargetStatus.Met"/>,
    /// amber for <see cref="TargetStatus.BasicallyMet"/>, red for <see cref="TargetStatus.NotMet"/>, grey for
    /// <see cref="TargetStatus.NoData"/> and <see cref="TargetStatus.Invalid"/> (nothing can be judged) — the colours
    /// every chart and table uses, from
    /// <see cref="ReportPalette.Fill(TargetStatus?)"/>.
    /// </summary>
    /// <param name="status">The status; <see langword="null"/> (no target) is grey.</param>
    /// <returns>A CSS hex colour such as <c>#2e7d32</c>.</returns>
    public static string StatusColour(TargetStatus? status) => ReportPalette.Fill(status);

    /// <summary>
    /// A horizontal bar chart of scorecard rows: one bar per row, its length the row's value, its colour the row's
    /// status (<see cref="StatusColour"/>), with the target marked.
    /// </summary>
    /// <param name="rows">The rows, drawn top to bottom in the order given.</param>
    /// <param name="language">The language of labels and numbers.</param>
    /// <returns>The SVG document.</returns>
    /// <remarks>
    /// Bars are labelled with the unit's name when all rows are of one indicator (units compared), otherwise with the
    /// indicator's name. When every row with a target has the same goal, one vertical <c>target-line</c> crosses the
    /// chart; otherwise each bar gets its own <c>target-mark</c> (a range goal marks both ends). A row without a value
    /// keeps its place with a grey "no data" label instead of a bar; a row without a target is a grey bar without a
    /// mark. All rows must share one measure, whose unit the axis is written in; the axis starts at zero (or below it,
    /// for negative values).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="rows"/> is empty, holds a null row, or holds rows of different measures (a rate and a count
    /// cannot share one axis).
    /// </exception>
    public static string TargetBars(IEnumerable<ScorecardRow> rows, Language language)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(language);
        var list = rows.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A bar chart needs at least one row; got 0 rows.", nameof(rows));
        }

        if (list.Any(row => row is null))
        {
            throw new ArgumentException($"The rows hold a null row (at index {list.IndexOf(null!)}).", nameof(rows));
        }

        if (list.FirstOrDefault(row => !row.Indicator.Measure.Equals(list[0].Indicator.Measure)) is { } other)
        {
            throw new ArgumentException(
                $"The rows' values must share one axis, but {list[0].Indicator.Code} is measured as {list[0].Indicator.Measure} and {other.Indicator.Code} as {other.Indicator.Measure}.",
                nameof(rows));
        }

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        WriteTargetBars(list, language, output);
        return output.ToString();
    }

    /// <summary>
    /// Writes <see cref="TargetBars"/> of rows already checked (at least one, none null, one measure) to a writer as it
    /// draws them, without holding the document.
    /// </summary>
    internal static void WriteTargetBars(IReadOnlyList<ScorecardRow> list, Language language, TextWriter output)
    {
        var oneIndicator = list.All(row => row.Indicator.Code == list[0].Indicator.Code);
        string Label(ScorecardRow row) => oneIndicator ? row.Unit.Name.In(language) : row.Indicator.Name.In(language);
        static decimal[] Goals(ScorecardRow row) => row.Target is not { } target ? []
            : target.Goal.Kind == TargetKind.Range ? [target.Goal.Low, target.Goal.High] : [target.Goal.Value];

        var goalSets = list.Where(row => row.Target is not null).Select(Goals).ToList();
        var commonGoals = goalSets.Count > 0 && goalSets.All(goals => goals.SequenceEqual(goalSets[0])) ? goalSets[0] : null;

        const double rowHeight = 30, barHeight = 18, top = 40, plotWidth = 380, rightMargin = 110;
        var labelWidth = Math.Min(420, 16 + (7 * list.Max(row => Label(row).Length)));
        var height = top + (rowHeight * list.Count) + 40;
        var width = labelWidth + plotWidth + rightMargin;
        var scale = ChartScale.Nice(
            list.Where(row => row.Actual is not null).Select(row => row.Actual!.Value.Value).Concat(goalSets.SelectMany(goals => goals)),
            labelWidth,
            labelWidth + plotWidth);

        var title = language.Format(
            Phrase.ChartTitleForPeriod,
            oneIndicator ? list[0].Indicator.Name.In(language) : language[Phrase.ChartResultsAgainstTargets],
            list[0].Period.ToString(null, language));
        var svg = new SvgWriter(output, width, height, title, string.Join("; ", list.Select(row => row.Describe(language))));
        svg.Text(8, 20, title, "chart-title", bold: true);

        string Tick(decimal value) => list[0].Indicator.Measure.FormatValue(value, scale.TickDecimals, language);
        var bottom = top + (rowHeight * list.Count);
        foreach (var tick in scale.Ticks())
        {
            var x = scale.Map(tick);
            svg.Line(x, top - 4, x, bottom, "grid", "#eeeeee");
            svg.Line(x, bottom, x, bottom + 4, "tick", Ink);
            svg.Text(x, bottom + 16, Tick(tick), "tick-label", "middle");
        }

        svg.Line(scale.Map(0m), top - 4, scale.Map(0m), bottom, "axis", Ink);
        svg.Line(labelWidth, bottom, labelWidth + plotWidth, bottom, "axis", Ink);

        for (var i = 0; i < list.Count; i++)
        {
            var row = list[i];
            var y = top + (rowHeight * i) + ((rowHeight - barHeight) / 2);
            svg.Text(labelWidth - 8, y + 13, Label(row), "bar-label", "end");
            if (row.Actual is not { } actual)
            {
                svg.Text(scale.Map(0m) + 6, y + 13, language[Phrase.NoData], "no-data", fill: Grey);
            }
            else
            {
                var zero = scale.Map(0m);
                var end = scale.Map(actual.Value);
                svg.Rect(Math.Min(zero, end), y, Math.Abs(end - zero), barHeight, "bar", StatusColour(row.Status), row.Describe(language), StatusName(row.Status));
                svg.Text(Math.Max(zero, end) + 6, y + 13, row.DescribeValue(language), "value-label");
            }

            if (commonGoals is null)
            {
                foreach (var goal in Goals(row))
                {
                    var x = scale.Map(goal);
                    svg.Line(x, y - 4, x, y + barHeight + 4, "target-mark", Ink, 2, title: GoalText(row, goal, language));
                }
            }
        }

        if (commonGoals is not null)
        {
            var row = list.First(r => r.Target is not null);
            foreach (var goal in commonGoals)
            {
                var x = scale.Map(goal);
                var text = GoalText(row, goal, language);
                svg.Line(x, top - 8, x, bottom, "target-line", Ink, 2, dashed: true, title: text);
                svg.Text(x, top - 12, text, "target-label", "middle");
            }
        }

        svg.Finish();
    }

    /// <summary>
    /// A line chart of a trend projection: the observations joined by a line, a dashed projection from the last
    /// observation to the projected value on the target date, and the target as a dashed horizontal line.
    /// </summary>
    /// <param name="projection">The projection.</param>
    /// <param name="language">The language of labels, dates and numbers.</param>
    /// <returns>The SVG document.</returns>
    /// <remarks>
    /// The horizontal axis is linear in days from the first observation to the target date; each observation and the
    /// target date are labelled. The projected point is green when <see cref="TrendProjection.WillMeetTarget"/>,
    /// otherwise red. The projection sentence (<see cref="TrendProjection.Describe(Language)"/>) is the chart's
    /// description and the projected point's tooltip.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="projection"/> or <paramref name="language"/> is null.</exception>
    public static string Trend(TrendProjection projection, Language language)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(language);
        var indicator = projection.Indicator;
        var points = projection.Observations.OrderBy(point => point.Date).ToList();
        var first = points.Count > 0 ? points[0].Date : projection.Target.Date;
        var lastDate = points.Count > 0 && points[^1].Date > projection.Target.Date ? points[^1].Date : projection.Target.Date;
        var span = Math.Max(1, Period.Between(first, lastDate, PeriodUnits.Days).Days);

        const double left = 70, right = 70, top = 40, plotHeight = 240, plotWidth = 520;
        var width = left + plotWidth + right;
        var height = top + plotHeight + 50;
        double X(LocalDate date) => left + (plotWidth * Period.Between(first, date, PeriodUnits.Days).Days / span);
        var values = points.Select(point => point.Value).Append(projection.Target.Value).Append(projection.ProjectedValue).ToList();
        var scale = ChartScale.Nice(values.Append(values.Max() * 1.05m), top + plotHeight, top);

        var title = indicator.Name.In(language);
        var sentence = projection.Describe(language);
        var svg = new SvgWriter(width, height, title, sentence);
        svg.Text(8, 20, title, "chart-title", bold: true);
        foreach (var tick in scale.Ticks())
        {
            var y = scale.Map(tick);
            svg.Line(left, y, left + plotWidth, y, "grid", "#eeeeee");
            svg.Line(left - 4, y, left, y, "tick", Ink);
            svg.Text(left - 8, y + 4, indicator.Measure.FormatValue(tick, scale.TickDecimals, language), "tick-label", "end");
        }

        var bottom = top + plotHeight;
        svg.Line(left, top, left, bottom, "axis", Ink);
        svg.Line(left, bottom, left + plotWidth, bottom, "axis", Ink);
        foreach (var date in points.Select(point => point.Date).Append(projection.Target.Date).Distinct())
        {
            svg.Line(X(date), bottom, X(date), bottom + 4, "tick", Ink);
            svg.Text(X(date), bottom + 18, PeriodText.Date(date, language), "date-label", "middle");
        }

        var targetY = scale.Map(projection.Target.Value);
        var targetText = language.Format(Phrase.ChartTarget, indicator.FormatSetValue(projection.Target.Value, language));
        svg.Line(left, targetY, left + plotWidth, targetY, "target-line", Ink, 1.5, dashed: true, title: targetText);
        svg.Text(left + plotWidth, targetY - 6, targetText, "target-label", "end");

        if (points.Count > 0)
        {
            svg.Polyline(points.Select(point => (X(point.Date), scale.Map(point.Value))), "observed", Blue);
            var last = points[^1];
            svg.Line(X(last.Date), scale.Map(last.Value), X(projection.Target.Date), scale.Map(projection.ProjectedValue), "projection", Grey, 2, dashed: true);
            foreach (var point in points)
            {
                svg.Circle(X(point.Date), scale.Map(point.Value), 4, "observation", Blue,
                    $"{PeriodText.Date(point.Date, language)}: {indicator.FormatValue(point.Value, language)}");
            }
        }

        var projectedColour = projection.WillMeetTarget ? Green : Red;
        var projectedY = scale.Map(projection.ProjectedValue);
        svg.Circle(X(projection.Target.Date), projectedY, 6, "projected", projectedColour, sentence);
        svg.Text(X(projection.Target.Date) - 10, projectedY + (projectedY > targetY ? 18 : -10), indicator.FormatValue(projection.ProjectedValue, language), "projected-label", "end", projectedColour, bold: true);
        return svg.ToString();
    }

    /// <summary>
    /// A slope chart of rank movements: each unit's previous position on the left joined to its current position on
    /// the right, position 1 at the top; green when it gained places, red when it lost them, grey when unchanged.
    /// </summary>
    /// <typeparam name="TKey">The unit key.</typeparam>
    /// <param name="movements">The movements, e.g. from <see cref="RankMovements.Between{TKey}(UnitRanking{TKey}, UnitRanking{TKey})"/>.</param>
    /// <param name="language">The language of labels.</param>
    /// <param name="label">Writes a unit's name; <see langword="null"/> uses the key's <see cref="object.ToString"/>.</param>
    /// <param name="previousLabel">The left column's heading, e.g. "2022"; <see langword="null"/> writes the language's word for before ("Trước", "Before").</param>
    /// <param name="currentLabel">The right column's heading, e.g. "2023"; <see langword="null"/> writes the language's word for now ("Nay", "Now").</param>
    /// <returns>The SVG document.</returns>
    /// <remarks>
    /// Both columns share one scale from position 1 to the larger field size. A unit that entered the ranking has
    /// only a right-hand point, one that left has only a left-hand point (class <c>entered</c> / <c>left</c>): none is
    /// dropped. A movement between fields of different sizes is drawn grey: its places are not comparable
    /// (<see cref="RankChange.IsComparable"/>).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="movements"/> or <paramref name="language"/> is null.</exception>
    public static string RankMovement<TKey>(RankMovements<TKey> movements, Language language, Func<TKey, string>? label = null, string? previousLabel = null, string? currentLabel = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(language);
        label ??= key => key?.ToString() ?? string.Empty;
        var fieldSize = movements.Select(m => Math.Max(m.Previous?.FieldSize ?? 1, m.Current?.FieldSize ?? 1)).DefaultIfEmpty(1).Max();
        var labelWidth = Math.Min(320, 60 + (7 * movements.Select(m => label(m.Key).Length).DefaultIfEmpty(0).Max()));
        const double top = 56, gap = 220;
        // 16 px a position when many units are shown; a few units in a large field need no more than 10 positions' room.
        var plotHeight = Math.Clamp(Math.Min(fieldSize, Math.Max(10, 3 * movements.Count)) * 16.0, 120, 640);
        var leftX = labelWidth;
        var rightX = labelWidth + gap;
        var width = rightX + labelWidth;
        var height = top + plotHeight + 30;
        double Y(int position) => fieldSize == 1 ? top : top + (plotHeight * (position - 1) / (fieldSize - 1));

        var title = language[Phrase.ChartRankMovement];
        var description = string.Join("; ", movements.Select(m => $"{label(m.Key)}: {m.Describe(language)}"));
        var svg = new SvgWriter(width, height, title, description);
        svg.Text(8, 20, title, "chart-title", bold: true);
        svg.Text(leftX, top - 18, previousLabel ?? language[Phrase.ChartBefore], "column-label", "middle", bold: true);
        svg.Text(rightX, top - 18, currentLabel ?? language[Phrase.ChartNow], "column-label", "middle", bold: true);
        svg.Line(leftX, top, leftX, top + plotHeight, "axis", Rule);
        svg.Line(rightX, top, rightX, top + plotHeight, "axis", Rule);
        svg.Text((leftX + rightX) / 2, top + plotHeight + 20, $"1 … {fieldSize.ToString(language)}", "field-label", "middle", Grey);

        foreach (var movement in movements)
        {
            var name = label(movement.Key);
            var sentence = $"{name}: {movement.Describe(language)}";
            var change = movement.Change;
            var colour = change is { IsComparable: true, PlacesGained: > 0 } ? Green : change is { IsComparable: true, PlacesGained: < 0 } ? Red : Grey;
            if (movement.Previous is { } previous && movement.Current is { } current)
            {
                svg.Line(leftX, Y(previous.Position), rightX, Y(current.Position), "movement", colour, 2, title: sentence);
            }

            if (movement.Previous is { } before)
            {
                svg.Circle(leftX, Y(before.Position), 4, movement.Current is null ? "point left" : "point", colour, sentence);
                svg.Text(leftX - 8, Y(before.Position) + 4, $"{name} {before.Position.ToString(language)}", "rank-label", "end");
            }

            if (movement.Current is { } now)
            {
                svg.Circle(rightX, Y(now.Position), 4, movement.Previous is null ? "point entered" : "point", colour, sentence);
                svg.Text(rightX + 8, Y(now.Position) + 4, $"{now.Position.ToString(language)} {name}", "rank-label");
            }
        }

        return svg.ToString();
    }

    /// <summary>
    /// The rank intervals of an uncertainty analysis: one row per unit in nominal order, a bar from the 5 % to the 95 %
    /// quantile of its sampled ranks, a dot at the median and a diamond at the nominal rank; rank 1 on the left.
    /// </summary>
    /// <param name="result">The analysis's result.</param>
    /// <param name="language">The language of labels and numbers.</param>
    /// <returns>The SVG document.</returns>
    /// <remarks>
    /// A unit never ranked in any sample is listed last with its sentence and no bar (class <c>unranked</c>): none is
    /// dropped. Each row's tooltip is the unit's sentence (<see cref="RankInterval.Describe(Language)"/>).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="language"/> is null.</exception>
    public static string RankIntervals(UncertaintyResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(language);
        var rows = result.Intervals
            .OrderBy(interval => interval.NominalRank ?? int.MaxValue)
            .ThenBy(interval => interval.Median ?? double.MaxValue)
            .ToList();
        var largest = rows.Select(interval => Math.Max(interval.High ?? 1d, interval.NominalRank ?? 1)).DefaultIfEmpty(1d).Max();
        var labelWidth = Math.Min(240, 40 + (7 * rows.Select(interval => interval.Unit.ToString().Length).DefaultIfEmpty(0).Max()));
        const double top = 64, rowHeight = 18, plotWidth = 480;
        var width = labelWidth + plotWidth + 40;
        var height = top + (rowHeight * Math.Max(1, rows.Count)) + 30;
        double X(double rank) => largest <= 1d ? labelWidth : labelWidth + (plotWidth * (rank - 1d) / (largest - 1d));

        var title = language.Format(Phrase.ChartRankIntervals, result.Index.Name.In(language));
        var svg = new SvgWriter(width, height, title, result.Analysis.Describe(language));
        svg.Text(8, 20, title, "chart-title", bold: true);
        svg.Text(8, 38, language[Phrase.ChartRankIntervalsLegend], "legend", fill: Grey);
        svg.Line(labelWidth, top - 8, labelWidth + plotWidth, top - 8, "axis", Rule);
        svg.Text(labelWidth, top - 12, 1.ToString(language), "axis-label", "middle", Grey);
        svg.Text(labelWidth + plotWidth, top - 12, ((int)Math.Ceiling(largest)).ToString(language), "axis-label", "middle", Grey);
        for (var r = 0; r < rows.Count; r++)
        {
            var interval = rows[r];
            var y = top + (rowHeight * r) + (rowHeight / 2);
            var sentence = interval.Describe(language);
            svg.Text(labelWidth - 8, y + 4, interval.Unit.ToString(), "unit-label", "end");
            if (interval.Median is not { } median)
            {
                svg.Circle(labelWidth, y, 3, "unranked", Grey, sentence);
                continue;
            }

            svg.Line(X(interval.Low!.Value), y, X(interval.High!.Value), y, "interval", Blue, 6, title: sentence);
            svg.Circle(X(median), y, 4, "median", Ink, sentence);
            if (interval.NominalRank is { } nominal)
            {
                svg.Text(X(nominal), y + 4, "◆", "nominal", "middle", Red);
            }
        }

        return svg.ToString();
    }

    /// <summary>
    /// A line chart of one indicator's figures for one unit over its reporting periods: each figure a point at its
    /// period's end, joined in time order and labelled with its period, and the target, when given, as a dashed
    /// horizontal line.
    /// </summary>
    /// <param name="indicator">The indicator, whose measure writes the values and the axis.</param>
    /// <param name="unitName">The unit's name, written in the title.</param>
    /// <param name="observations">The figures, of <paramref name="indicator"/>, one per period; at least one.</param>
    /// <param name="language">The language of labels, periods and numbers.</param>
    /// <param name="target">The target to mark, such as the report period's; <see langword="null"/> marks none.</param>
    /// <returns>The SVG document.</returns>
    /// <remarks>
    /// The horizontal axis is linear in days between the periods' ends, so that a year and a quarter keep their real
    /// distance; each point is labelled with its period ("2023", "Quý 1/2024") and its value, and has the two as its
    /// tooltip. The target line is labelled with its period ("Chỉ tiêu quý I/2024: ≥ 70%"): a target is set for one
    /// period, not for the earlier ones. A range goal draws both of its ends; a yes/no goal is not drawn. The vertical
    /// axis starts at zero (or below it, for negative values). Every figure is drawn: none is dropped or merged.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/>, <paramref name="unitName"/>, <paramref name="observations"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="observations"/> is empty, holds a null, a figure of another indicator, or two figures of one period.
    /// </exception>
    public static string Series(Indicator indicator, string unitName, IEnumerable<Observation> observations, Language language, Target? target = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(unitName);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(language);
        var list = observations.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A series needs at least one figure; got 0.", nameof(observations));
        }

        if (list.Any(observation => observation is null))
        {
            throw new ArgumentException($"The figures hold a null (at index {list.IndexOf(null!)}).", nameof(observations));
        }

        if (list.FirstOrDefault(observation => observation.Indicator != indicator.Code) is { } stranger)
        {
            throw new ArgumentException($"The figures must all be of {indicator.Code}, but one is of {stranger.Indicator}.", nameof(observations));
        }

        if (list.GroupBy(observation => observation.Period).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"The figures hold two of the period {twice.Key}; a series has one figure a period.", nameof(observations));
        }

        var points = list.OrderBy(observation => observation.Period.End).ThenBy(observation => observation.Period.Start).ToList();
        var first = points[0].Period.End;
        var span = Period.Between(first, points[^1].Period.End, PeriodUnits.Days).Days;
        decimal[] goals = target is not { } set || set.Goal.Kind == TargetKind.YesNo ? []
            : set.Goal.Kind == TargetKind.Range ? [set.Goal.Low, set.Goal.High] : [set.Goal.Value];

        // The points sit inside the plot, clear of its axis, so that the first and last values' labels fit; the axis
        // stands far enough in for its longest label ("20 mô hình"), at about 7 units a character of the 12-unit font.
        const double right = 40, top = 52, plotHeight = 170, inset = 36;
        var scale = ChartScale.Nice(points.Select(point => point.Value.Value).Concat(goals), top + plotHeight, top);
        var tickLabels = scale.Ticks().Select(tick => (Tick: tick, Label: indicator.Measure.FormatValue(tick, scale.TickDecimals, language))).ToList();
        double left = Math.Max(64, 16 + (7 * tickLabels.Max(tick => tick.Label.Length)));
        var title = language.Format(Phrase.ChartSeriesTitle, indicator.Name.In(language), unitName);
        var plotWidth = Math.Max(300, (7 * title.Length) - left - right + 16);
        var width = left + plotWidth + right;
        var height = top + plotHeight + 46;
        double X(LocalDate date) => span == 0 ? left + (plotWidth / 2) : left + inset + ((plotWidth - (2 * inset)) * Period.Between(first, date, PeriodUnits.Days).Days / span);

        string Point(Observation point) => $"{point.Period.ToString(language)}: {indicator.FormatValue(point.Value.Value, language)}";
        var svg = new SvgWriter(width, height, title, string.Join("; ", points.Select(Point)));
        svg.Text(8, 20, title, "chart-title", bold: true);
        foreach (var (tick, label) in tickLabels)
        {
            var y = scale.Map(tick);
            svg.Line(left, y, left + plotWidth, y, "grid", "#eeeeee");
            svg.Line(left - 4, y, left, y, "tick", Ink);
            svg.Text(left - 8, y + 4, label, "tick-label", "end");
        }

        var bottom = top + plotHeight;
        svg.Line(left, top, left, bottom, "axis", Ink);
        svg.Line(left, bottom, left + plotWidth, bottom, "axis", Ink);
        foreach (var goal in goals)
        {
            var y = scale.Map(goal);
            var text = language.Format(Phrase.ChartSeriesTarget, indicator.FormatGoal(target!.Goal, language), PeriodText.InSentence(target.Period, language));
            svg.Line(left, y, left + plotWidth, y, "target-line", Ink, 1.5, dashed: true, title: text);
            svg.Text(left + plotWidth, y - 6, text, "target-label", "end");
        }

        svg.Polyline(points.Select(point => (X(point.Period.End), scale.Map(point.Value.Value))), "observed", Blue);
        foreach (var point in points)
        {
            var x = X(point.Period.End);
            var y = scale.Map(point.Value.Value);
            svg.Circle(x, y, 4, "observation", Blue, Point(point));
            svg.Text(x, y - 9, indicator.FormatValue(point.Value.Value, language), "value-label", "middle", Blue, bold: true);
            svg.Line(x, bottom, x, bottom + 4, "tick", Ink);
            svg.Text(x, bottom + 18, point.Period.ToString(language), "period-label", "middle");
        }

        return svg.ToString();
    }

    private static string GoalText(ScorecardRow row, decimal goal, Language language) =>
        language.Format(Phrase.ChartTarget, row.Indicator.FormatSetValue(goal, language));

    private static string? StatusName(TargetStatus? status) => status switch
    {
        null => "none",
        TargetStatus.NoData => "no-data",
        TargetStatus.NotMet => "not-met",
        TargetStatus.Met => "met",
        TargetStatus.BasicallyMet => "basically-met",
        TargetStatus.Exceeded => "exceeded",
        _ => "invalid",
    };
}
