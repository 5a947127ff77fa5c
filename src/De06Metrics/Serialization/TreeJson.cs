using De06Metrics.Scorecards;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads and writes a <see cref="ScorecardTree"/> as JSON: the <c>tree</c> object of a scorecard file, or of a file
/// of the tree alone (the format is in <c>docs/data-format.md</c>). Its nodes are flat, each naming its parent, as
/// SSAS's <c>ParentKpiID</c> does; writing then reading gives an equal tree.
/// </summary>
/// <remarks>
/// A read never throws for bad data: every problem is located by line, column and JSON path (an unknown indicator, a
/// parent that is not a group, a cycle, an indicator in two groups, weights not summing to anything positive), and a
/// tree with a problem is not built. Stateless and thread-safe.
/// </remarks>
public static class TreeJson
{
    /// <summary>Reads the tree of UTF-8 JSON, checking its indicators against a scorecard's catalog.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="fileName">The name problems give as their file.</param>
    /// <param name="scorecard">The scorecard whose indicators the tree names.</param>
    /// <returns>The tree, or none, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static TreeReadResult Read(ReadOnlyMemory<byte> utf8Json, string fileName, Scorecard scorecard)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(scorecard);
        return JsonTreeReader.Read(utf8Json, fileName, scorecard);
    }

    /// <summary>Reads the tree of a stream of UTF-8 JSON, to its end, skipping everything but <c>tree</c> as it streams by.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="fileName">The name problems give as their file.</param>
    /// <param name="scorecard">The scorecard whose indicators the tree names.</param>
    /// <returns>The tree, or none, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static TreeReadResult Read(Stream utf8Json, string fileName, Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(scorecard);
        return JsonTreeReader.Read(utf8Json, fileName, scorecard);
    }

    /// <summary>Reads the tree of a JSON file; problems name the file by the path given.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="scorecard">The scorecard whose indicators the tree names.</param>
    /// <returns>The tree, or none, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    public static TreeReadResult ReadFile(string path, Scorecard scorecard)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(scorecard);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return JsonTreeReader.Read(stream, path, scorecard);
    }

    /// <summary>Writes a tree as a JSON object holding <c>version</c> and <c>tree</c>, indented, UTF-8 without a byte order mark, ending with a new line.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(ScorecardTree tree, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonTreeWriter.Write(tree, utf8Json);
    }

    /// <summary>Writes a tree as a JSON string (see <see cref="Write(ScorecardTree, Stream)"/>).</summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <see langword="null"/>.</exception>
    public static string ToJson(ScorecardTree tree)
    {
        using var buffer = new MemoryStream();
        Write(tree, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
