using System.ComponentModel;
using De06Metrics.Cli.Output;
using De06Metrics.Excel;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Text;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace De06Metrics.Cli.Commands;

/// <summary><c>de06 report [PATH]</c>: prints a scorecard's report; without a path, the built-in Hà Giang example.</summary>
internal sealed class ReportCommand : Command<ReportCommand.Settings>
{
    internal sealed class Settings : ScorecardSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("A scorecard JSON file, a folder of CSV files, or an Excel workbook (.xlsx) with a sheet for each CSV table. Without it, the built-in example: Hà Giang, Q1 2024.")]
        public string? Path { get; init; }

        [CommandOption("--period <PERIOD>")]
        [Description("The period to evaluate, as a label in Vietnamese, English or ISO form: \"Quý I/2024\", \"Q1 2024\", \"2024-Q1\". Default: the latest period that has a target and a figure, else the latest that has a target.")]
        public string? PeriodText { get; init; }

        [CommandOption("--compare-with <PERIOD>")]
        [Description("The period to compare with. Default: for each indicator, the same period a year before (cùng kỳ) when it has figures there, else its latest earlier figures (for the built-in example, the year 2023, as its source report compares).")]
        public string? CompareWithText { get; init; }

        public ReportingPeriod? CompareWith => CompareWithText is null ? null : ReportingPeriod.Parse(CompareWithText);

        [CommandOption("--period-kinds <CHOICE>")]
        [Description("A comparison with a period of another kind (a quarter with a year): [green]flag[/] (the default, unless the scorecard's options say otherwise: compared, with a warning), [green]allow[/] (compared, no warning) or [green]refuse[/] (not compared; each such change says why).")]
        public string? PeriodKindsText { get; init; }

        /// <summary>The choice given, or <see langword="null"/> for the scorecard's own (flag unless its file says otherwise).</summary>
        public PeriodKindMismatch? PeriodKinds => PeriodKindsText is null ? null : Enum.Parse<PeriodKindMismatch>(PeriodKindsText.Trim(), ignoreCase: true);

        [CommandOption("--as-of <DATE>")]
        [Description("The day the report is made, as yyyy-MM-dd or dd/MM/yyyy: progress is judged against the time elapsed in the period up to it.")]
        public string? AsOfText { get; init; }

        [CommandOption("--published-on <DATE>")]
        [Description("Evaluate the figures as published on this day, as yyyy-MM-dd or dd/MM/yyyy: of a figure published several times (an estimate, then the count), the latest published by then; a figure published later is left out. Default: every figure's latest publication.")]
        public string? PublishedOnText { get; init; }

        public LocalDate? PublishedOn => PublishedOnText is null ? null : ParseDate(PublishedOnText);

        [CommandOption("--generated <DATE>")]
        [Description("The day the report is made, as yyyy-MM-dd or dd/MM/yyyy, written in the HTML report's header. Default: today, by this computer's clock and time zone.")]
        public string? GeneratedText { get; init; }

        public LocalDate? Generated => GeneratedText is null ? null : ParseDate(GeneratedText);

        [CommandOption("--due-soon <DAYS>")]
        [Description("Tasks not done and due within this many days of the report's day are [green]due soon[/] (a task due on the day itself always is). Default: 7.")]
        [DefaultValue(7)]
        public int DueSoonDays { get; init; } = 7;

        [CommandOption("--lang <LANG>")]
        [Description("The report's language: [green]vi[/] (the default) or [green]en[/].")]
        [DefaultValue("vi")]
        public string LanguageText { get; init; } = "vi";

        [CommandOption("--format <FORMAT>")]
        [Description("[green]table[/] (the default, for the terminal), [green]json[/], [green]csv[/], [green]md[/] (Markdown), [green]html[/] or [green]xlsx[/] (an Excel workbook, written with --out).")]
        [DefaultValue("table")]
        public string FormatText { get; init; } = "table";

        [CommandOption("--out <FILE>")]
        [Description("Write the report to this file (UTF-8) instead of the terminal.")]
        public string? Out { get; init; }

        public ReportingPeriod? Period => PeriodText is null ? null : ReportingPeriod.Parse(PeriodText);

        public LocalDate? AsOf => AsOfText is null ? null : ParseDate(AsOfText);

        public Language Language => Language.FromCode(LanguageText);

        public ReportFormat Format => Enum.Parse<ReportFormat>(FormatText, ignoreCase: true);

        public override ValidationResult Validate()
        {
            var common = base.Validate();
            if (!common.Successful)
            {
                return common;
            }

            if (PeriodText is not null && ReportingPeriodPattern.Iso.Parse(PeriodText) is { Success: false } failed)
            {
                return ValidationResult.Error($"--period: {failed.Exception.Message}");
            }

            if (CompareWithText is not null && ReportingPeriodPattern.Iso.Parse(CompareWithText) is { Success: false } badComparison)
            {
                return ValidationResult.Error($"--compare-with: {badComparison.Exception.Message}");
            }

            if (PeriodKindsText is not null && PeriodKindsText.Trim().ToUpperInvariant() is not ("FLAG" or "ALLOW" or "REFUSE"))
            {
                return ValidationResult.Error($"--period-kinds must be flag, allow or refuse, not '{PeriodKindsText}'.");
            }

            if (Out is not null && Out.Trim().Length == 0)
            {
                return ValidationResult.Error($"--out needs a file name, not '{Out}'.");
            }

            if (AsOfText is not null && ParseDate(AsOfText) is null)
            {
                return ValidationResult.Error($"--as-of must be a date as yyyy-MM-dd or dd/MM/yyyy, not '{AsOfText}'.");
            }

            if (PublishedOnText is not null && ParseDate(PublishedOnText) is null)
            {
                return ValidationResult.Error($"--published-on must be a date as yyyy-MM-dd or dd/MM/yyyy, not '{PublishedOnText}'.");
            }

            if (GeneratedText is not null && ParseDate(GeneratedText) is null)
            {
                return ValidationResult.Error($"--generated must be a date as yyyy-MM-dd or dd/MM/yyyy, not '{GeneratedText}'.");
            }

            if (DueSoonDays < 0)
            {
                return ValidationResult.Error($"--due-soon must be 0 or more days, not {DueSoonDays}.");
            }

            if (LanguageText.Trim().ToUpperInvariant() is not ("VI" or "EN"))
            {
                return ValidationResult.Error($"--lang must be 'vi' or 'en', not '{LanguageText}'.");
            }

            if (!Enum.TryParse<ReportFormat>(FormatText, ignoreCase: true, out var format) || !Enum.IsDefined(format) || int.TryParse(FormatText, out _))
            {
                return ValidationResult.Error($"--format must be table, json, csv, md, html or xlsx, not '{FormatText}'.");
            }

            if (format == ReportFormat.Xlsx && Out is null)
            {
                return ValidationResult.Error("--format xlsx writes a workbook, which a terminal cannot show: give the file with --out, as in --out report.xlsx.");
            }

            return ValidationResult.Success();
        }

        private static LocalDate? ParseDate(string text)
        {
            // The same two forms as the data files read: ISO, or day first as Vietnamese documents write dates.
            var iso = NodaTime.Text.LocalDatePattern.Iso.Parse(text.Trim());
            if (iso.Success)
            {
                return iso.Value;
            }

            var dayFirst = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("d/M/uuuu").Parse(text.Trim());
            return dayFirst.Success ? dayFirst.Value : null;
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Out is { } output)
        {
            CheckOutput(output, settings.Path);
        }

        // Progress on a terminal only: a script that captures standard error sees nothing.
        var progress = Output.Progress.OnTerminal(settings.Language);
        var result = ScorecardSource.Read(settings.Path, settings.DecimalSeparator, settings.Language, progress);
        if (!result.IsValid)
        {
            foreach (var problem in result.Problems)
            {
                Console.Error.WriteLine(VisibleText.Of(problem.ToString(), keepLineBreaks: false));
            }

            Console.Error.WriteLine($"The scorecard has {result.Problems.Length} problem(s); no report was made. 'de06 validate PATH' lists them too.");
            return ExitCodes.InvalidData;
        }

        var scorecard = result.Scorecard;
        if (scorecard.Periods.IsEmpty)
        {
            throw new UsageException("The scorecard has no targets or observations, so there is no period to report on.");
        }

        var period = settings.Period ?? EvaluationReport.DefaultPeriod(scorecard);
        if (!scorecard.Periods.Contains(period))
        {
            throw new UsageException(
                $"The scorecard has no data for {period.ToString(settings.Language)}; its periods are {string.Join(", ", scorecard.Periods.Select(p => p.ToString(settings.Language)))}.");
        }

        if (settings.AsOf is { } day && !period.Contains(day))
        {
            throw new UsageException(
                $"--as-of {day:uuuu-MM-dd} lies outside {period.ToString(settings.Language)} ({period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd}), the period reported on; give a date inside it, or another --period.");
        }

        // Every indicator's latest figures, each compared with the same period a year before when it has figures there,
        // else with its latest earlier ones (the built-in example's first quarter of 2024 with the year 2023, as its
        // source report does); --compare-with names the base of the period's rows.
        // The scorecard's own options (its file's) hold, but for what the command line says.
        var own = scorecard.Options;
        var options = new ScorecardOptions(
            own.Evaluation,
            own.Comparison,
            settings.CompareWith ?? own.ComparisonPeriod,
            own.DeriveFromChildren,
            own.Narrative,
            own.AcrossUnitChanges,
            FigureChoice.LatestAvailable,
            settings.PublishedOn,
            own.RequireNoteWhenNotMet,
            settings.PeriodKinds ?? own.AcrossPeriodKinds);
        var evaluated = scorecard.Evaluate(period, settings.AsOf, options);

        // A period compared with a base of another kind (the first quarter with a whole year) is said, not hidden.
        if (evaluated.DescribeComparisonAcrossKinds(settings.Language) is { } acrossKinds)
        {
            Console.Error.WriteLine($"de06: {VisibleText.Of(acrossKinds, keepLineBreaks: false)}.");
        }

        // The day the report is made is read from the clock here, at the edge, and only when not given.
        var generated = settings.Generated ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date;
        if (TaskReport.Judge(settings.Path, scorecard, settings.DecimalSeparator, settings.AsOf ?? period.End, settings.DueSoonDays, settings.Language) is not { } judged)
        {
            return ExitCodes.InvalidData;
        }

        var tree = TreeSource.Read(settings.Path, scorecard);
        if (!tree.IsValid)
        {
            foreach (var problem in tree.Problems)
            {
                Console.Error.WriteLine(VisibleText.Of(problem.ToString(), keepLineBreaks: false));
            }

            Console.Error.WriteLine($"The scorecard's tree has {tree.Problems.Length} problem(s); no report was made. 'de06 validate PATH' lists them too.");
            return ExitCodes.InvalidData;
        }

        var report = EvaluationReport.Build(evaluated, settings.Language, judged.Assessment, tree.Tree) with { Generated = generated };
        if (judged.Assessment is { Items.IsEmpty: false } assessment)
        {
            report = report with { Tasks = TaskReport.Build(assessment, settings.Language), TaskAssessment = assessment };
        }

        // A tree none of whose indicators has a score for any unit (a period without targets) would only say so row by row.
        if (tree.Tree is { } weighted && weighted.ScoreAll(evaluated).Any(score => score.Root.Scored > 0))
        {
            report = report with { Tree = TreeReport.Build(evaluated, weighted, settings.Language), WeightedTree = weighted };
        }

        if (settings.Out is { } file)
        {
            try
            {
                if (settings.Format == ReportFormat.Xlsx)
                {
                    FileReplacement.Write(ReportFile.Resolve(file), stream => ScorecardWorkbook.Write(evaluated, stream, settings.Language, judged.Assessment, tree.Tree));
                }
                else
                {
                    ReportFile.Write(file, writer => Writers.Write(report, settings.Format, writer, colour: false), progress);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"--out '{file}' cannot be written: {e.Message}");
            }
        }
        else
        {
            Writers.Write(report, settings.Format, Console.Out, colour: settings.Format == ReportFormat.Table && !Console.IsOutputRedirected);
        }

        return ExitCodes.Success;
    }

    /// <summary>Refuses an output the report cannot be written to, before anything is read or written.</summary>
    private static void CheckOutput(string file, string? source)
    {
        if (Directory.Exists(file))
        {
            throw new UsageException($"--out '{file}' is a folder; give the name of the file to write the report to.");
        }

        // Written over its own input, a report would destroy the data it was made from (the same file by another
        // path, a symbolic link, or one of a CSV folder's files included).
        if (ReportFile.InputAt(file, ReportFile.InputsOf(source)) is { } input)
        {
            throw new UsageException($"--out '{file}' is the scorecard's own file '{input}'; writing the report there would replace the data. Give another file name.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"--out '{file}' cannot be written: the folder '{folder}' does not exist.");
        }
    }
}
