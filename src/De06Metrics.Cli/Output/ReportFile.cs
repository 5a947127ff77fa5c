using System.Text;
using De06Metrics.Csv;
using De06Metrics.Serialization;

namespace De06Metrics.Cli.Output;

/// <summary>
/// The file <c>--out</c> names: refused when it is one of the files the report is read from, and written whole or not
/// at all, through the library's <see cref="FileReplacement"/> (a temporary file beside it, moved into place).
/// </summary>
/// <remarks>
/// Paths are compared after resolving them as the system opens them: made absolute, <c>.</c> and <c>..</c> removed,
/// and every symbolic link on the way followed (to a depth of 40, as Linux does). A hard link to an input has another
/// name and is not recognised. Stateless and thread-safe.
/// </remarks>
internal static class ReportFile
{
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The files a scorecard source reads: none for the built-in example, the JSON file, or a folder's CSV files.</summary>
    /// <param name="source">The path given to the command, or <see langword="null"/> for the built-in example.</param>
    public static IEnumerable<string> InputsOf(string? source) =>
        source is null ? []
        : Directory.Exists(source) ? Enum.GetValues<ScorecardTable>().Select(ScorecardCsv.FileNameOf).Append(ScorecardCsv.SettingsFileName).Append(TreeCsv.FileName).Select(name => Path.Combine(source, name))
        : [source];

    /// <summary>The input that <paramref name="output"/> resolves to, if any.</summary>
    /// <param name="output">The file to write.</param>
    /// <param name="inputs">The files read.</param>
    public static string? InputAt(string output, IEnumerable<string> inputs)
    {
        var resolved = Resolve(output);
        return inputs.FirstOrDefault(input => string.Equals(Resolve(input), resolved, PathComparison));
    }

    /// <summary>Writes the report as UTF-8 to the file a path resolves to, replacing it whole; a byte order mark only where the format writes one (CSV, for Excel).</summary>
    /// <param name="output">The file; a symbolic link stays, and the file it names is replaced.</param>
    /// <param name="write">Writes the report.</param>
    /// <exception cref="IOException">The file cannot be written; an old file is then left as it was.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    /// <param name="progress">Where a large report's writing is followed, or <see langword="null"/> for silence.</param>
    public static void Write(string output, Action<TextWriter> write, Progress? progress = null) =>
        FileReplacement.Write(Resolve(output), stream =>
        {
            var name = Path.GetFileName(output);
            using var counted = progress is null ? null : new CountingStream(stream, written => progress.Writing(name, written));
            using var writer = new StreamWriter(counted ?? stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: -1, leaveOpen: true);
            try
            {
                write(writer);
                writer.Flush();
            }
            finally
            {
                progress?.Done();
            }
        });

    /// <summary>The path as the system opens it: absolute, without <c>.</c> and <c>..</c>, every symbolic link followed.</summary>
    /// <param name="path">The path.</param>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        for (var links = 0; links < MaxLinks; links++)
        {
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var parts = full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
            var prefix = root;
            string? followed = null;
            for (var i = 0; i < parts.Length && followed is null; i++)
            {
                prefix = Path.Join(prefix, parts[i]);
                if (LinkTarget(prefix) is { } target)
                {
                    var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                    followed = Path.GetFullPath(Path.Join(Path.GetFullPath(target, Path.GetDirectoryName(prefix) ?? root), rest));
                }
            }

            if (followed is null)
            {
                return full;
            }

            full = followed;
        }

        // A loop of links: opening the path fails with the system's own message.
        return full;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
