using System.Reflection;
using De06Metrics.Cli.Output;
using De06Metrics.Csv;
using De06Metrics.Excel;
using De06Metrics.Serialization;
using De06Metrics.Text;

namespace De06Metrics.Cli;

/// <summary>Where a scorecard comes from: a JSON file, a folder of CSV files, an Excel workbook, or the example built into the tool.</summary>
internal static class ScorecardSource
{
    public const string ExampleName = "ha-giang-2024-q1 (built-in example)";
    private const string ExampleResource = "De06Metrics.Cli.Examples.ha-giang-2024-q1.json";

    /// <summary>Reads a scorecard; a path that does not exist is a usage error, reported as an exception.</summary>
    /// <param name="path">The path given, or <see langword="null"/> for the built-in example.</param>
    /// <param name="decimalSeparator">The decimal separator declared with --decimal-separator, if any.</param>
    /// <param name="language">The language a workbook's problem locations are written in; English when not given.</param>
    /// <param name="progress">Where a large JSON file's reading is followed, or <see langword="null"/> for silence.</param>
    /// <exception cref="UsageException">The path does not exist, names a single CSV file, or is a folder that cannot be read.</exception>
    public static ScorecardReadResult Read(string? path, DecimalSeparator? decimalSeparator, Language? language = null, Progress? progress = null)
    {
        if (path is null)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ExampleResource)
                ?? throw new InvalidOperationException($"The built-in example '{ExampleResource}' is missing from the tool.");
            return ScorecardJson.Read(stream, ExampleName);
        }

        if (Directory.Exists(path))
        {
            EnsureReadable(path);
            if (progress is null)
            {
                return ScorecardCsv.ReadFolder(path, decimalSeparator);
            }

            // The tables one after another, as one amount of work: the bytes of every CSV file the folder holds.
            var total = ScorecardTables.All.Select(table => Path.Combine(path, ScorecardCsv.FileNameOf(table))).Where(File.Exists).Sum(file => new FileInfo(file).Length);
            var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
            try
            {
                return ScorecardCsv.ReadFolder(path, decimalSeparator, read => progress.Reading(folderName, read, total));
            }
            finally
            {
                progress.Done();
            }
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"'{path}' does not exist; give a scorecard JSON file, a folder of CSV files or an Excel workbook (.xlsx).");
        }

        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"'{path}' is one CSV file; give the folder that holds units.csv, indicators.csv, targets.csv and observations.csv.");
        }

        if (IsWorkbook(path))
        {
            return ScorecardWorkbook.ReadFile(path, language ?? Language.English, decimalSeparator);
        }

        if (decimalSeparator is not null)
        {
            throw new UsageException("--decimal-separator applies to a folder of CSV files or a workbook; JSON numbers always have a decimal point.");
        }

        if (progress is null)
        {
            return ScorecardJson.ReadFile(path);
        }

        // The same reading as ReadFile's, one pass after another over the file, with its position followed.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var length = file.Length;
        var name = Path.GetFileName(path);
        using var counted = new CountingStream(file, read => progress.Reading(name, read, length));
        try
        {
            return ScorecardJson.Read(counted, path);
        }
        finally
        {
            progress.Done();
        }
    }

    /// <summary>Whether a path names an Excel workbook (.xlsx), read as one sheet per table of a CSV folder.</summary>
    public static bool IsWorkbook(string path) => path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Refuses a folder whose files cannot be reached: without read permission it cannot be listed, and without search
    /// permission its files cannot be opened; either way the reader would only see every file as missing.
    /// </summary>
    private static void EnsureReadable(string folder)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new UsageException($"'{folder}' is a folder that cannot be read ({e.Message}); check its permissions.");
        }

        // Only the files the reader reads: an unrelated dangling link (an editor's lock file, say) is no concern.
        var listed = entries.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        if (ReportFile.InputsOf(folder).FirstOrDefault(file => listed.Contains(Path.GetFileName(file)) && !File.Exists(file)) is { } unreachable)
        {
            throw new UsageException($"'{folder}' is a folder whose files cannot be opened ('{Path.GetFileName(unreachable)}' is listed but cannot be reached); check its permissions.");
        }
    }
}
