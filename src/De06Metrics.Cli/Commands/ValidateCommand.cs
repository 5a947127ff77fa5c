using System.ComponentModel;
using System.Globalization;
using De06Metrics.Cli.Output;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Text;
using Spectre.Console.Cli;

namespace De06Metrics.Cli.Commands;

/// <summary><c>de06 validate PATH</c>: reads a scorecard and lists every problem with its location.</summary>
internal sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    internal sealed class Settings : ScorecardSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("A scorecard JSON file, a folder holding units.csv, indicators.csv, targets.csv and observations.csv, or an Excel workbook (.xlsx) with a sheet for each.")]
        public string Path { get; init; } = string.Empty;

        [CommandOption("--require-notes")]
        [Description("Also list every row whose target is not met or exceeded and that has no note explaining it, in the period a report shows by default (the latest that has a target and a figure).")]
        public bool RequireNotes { get; init; }

        /// <summary>
        /// Skips the one-pass check and reads the whole scorecard: set when the check has already failed to prove the
        /// file before the command line was parsed, so that the file is not checked twice.
        /// </summary>
        [CommandOption(ReadFullyOption, IsHidden = true)]
        [Description("Reads the whole scorecard even when a one-pass check could prove it sound.")]
        public bool ReadFully { get; init; }
    }

    /// <summary>The hidden option that skips the one-pass check.</summary>
    internal const string ReadFullyOption = "--read-fully";

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // A JSON file proved sound in one pass needs no scorecard built; anything else is read the full way, which
        // reports every problem.
        if ((settings.RequireNotes || settings.DecimalSeparator is not null || settings.ReadFully ? null : ProvedSound(settings.Path)) is { } proof)
        {
            Console.Out.WriteLine(Sound(settings.Path, proof));
            return ExitCodes.Success;
        }

        // Progress on a terminal only, in English like the command's other lines.
        var result = ScorecardSource.Read(settings.Path, settings.DecimalSeparator, progress: Progress.OnTerminal(Language.English));
        var scorecard = result.Scorecard;
        var tasks = TaskSource.Read(settings.Path, scorecard, settings.DecimalSeparator);
        var tree = TreeSource.Read(settings.Path, scorecard);
        var problems = result.Problems.AddRange(tasks.Problems).AddRange(tree.Problems);
        if (!problems.IsEmpty)
        {
            foreach (var problem in problems)
            {
                Console.Error.WriteLine(VisibleText.Of(problem.ToString(), keepLineBreaks: false));
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{settings.Path}: {problems.Length} problem{(problems.Length == 1 ? string.Empty : "s")}; the items with problems were left out."));
            return ExitCodes.InvalidData;
        }

        if (settings.RequireNotes && scorecard.Periods.Length > 0)
        {
            // The rows a report of the default period shows, evaluated as the report does, each needing a note.
            var period = EvaluationReport.DefaultPeriod(scorecard);
            var options = new ScorecardOptions(figures: FigureChoice.LatestAvailable, requireNoteWhenNotMet: true);
            var missing = scorecard.Evaluate(period, options: options).RowsWithoutRequiredNote.ToList();
            if (missing.Count > 0)
            {
                foreach (var row in missing)
                {
                    Console.Error.WriteLine(VisibleText.Of(row.DescribeMissingNote(Language.English), keepLineBreaks: false));
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{settings.Path}: {missing.Count} row{(missing.Count == 1 ? string.Empty : "s")} not met without a note."));
                return ExitCodes.InvalidData;
            }
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{settings.Path}: no problems: {scorecard.Units.Count} units, {scorecard.Indicators.Length} indicators, {scorecard.Targets.Length} targets, {scorecard.Observations.Length} observations{(tasks.Tasks.Tasks.IsEmpty ? string.Empty : $", {tasks.Tasks.Tasks.Length} tasks")}."));
        return ExitCodes.Success;
    }

    /// <summary>
    /// <c>de06 validate PATH</c> without options, before the command line is parsed: the line for a JSON file the
    /// one-pass check proves sound, or <see langword="null"/> when the command must run the whole way (given
    /// <see cref="ReadFullyOption"/>, so that it does not check the file a second time). Parsing the command line builds a model of every command's options by
    /// reflection; a file proved sound needs none of it.
    /// </summary>
    internal static string? ProvedSoundWithoutOptions(string path)
    {
        try
        {
            if (ProvedSound(path) is { } proof)
            {
                return Sound(path, proof);
            }
        }
#pragma warning disable CA1031 // A fault goes the usual way: the command meets it again and its handler reports it.
        catch (Exception)
        {
            return null;
        }
#pragma warning restore CA1031

        return null;
    }

    private static string Sound(string path, ScorecardJsonCheck.Proof proof) => string.Create(CultureInfo.InvariantCulture,
        $"{path}: no problems: {proof.Units} units, {proof.Indicators} indicators, {proof.Targets} targets, {proof.Observations} observations.");

    /// <summary>
    /// The counts of a scorecard JSON file proved sound by <see cref="ScorecardJsonCheck"/>, or <see langword="null"/>
    /// when the full reading must run: a folder, a workbook, the built-in example, a file with a tasks.json or
    /// tree.json beside it, or a file the check does not prove. (--require-notes and --decimal-separator always take
    /// the full reading.)
    /// </summary>
    private static ScorecardJsonCheck.Proof? ProvedSound(string path)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path) ||
            path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || ScorecardSource.IsWorkbook(path))
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (File.Exists(Path.Combine(folder, TaskSource.TaskFileName)) || File.Exists(Path.Combine(folder, TreeSource.TreeFileName)))
        {
            return null;
        }

        try
        {
            return ScorecardJsonCheck.CheckFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The full reading meets the same and says so as it always has.
            return null;
        }
    }
}
