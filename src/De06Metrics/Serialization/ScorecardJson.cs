using De06Metrics.Scorecards;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads and writes a whole scorecard as one JSON file: units, indicators, targets and observations, and for a
/// scorecard whose units change over time, the units' validity and the successions of its
/// <see cref="Scorecard.Timeline"/> (the format is in <c>docs/data-format.md</c>). Writing then reading gives a
/// scorecard with equal items and an equal timeline; a file without successions reads as a scorecard of one tree.
/// </summary>
/// <remarks>
/// <para>
/// A read never throws for bad data: it returns a <see cref="ScorecardReadResult"/> holding the scorecard of every item
/// read without a problem and every problem found, each with its line, column and JSON path. Call
/// <see cref="ScorecardReadResult.EnsureValid"/> for the strict mode.
/// </para>
/// <para>
/// The reader reads the file's bytes in two streaming passes and holds one array item at a time, so 100 000
/// Numbers are JSON numbers read as <see cref="decimal"/>, exactly: one with more significant digits than a decimal
/// holds is a problem, never rounded; periods are any
/// label <see cref="Periods.ReportingPeriod.Parse"/> reads; dates are yyyy-MM-dd or dd/MM/yyyy. Comments and trailing
/// commas are allowed; a byte order mark is skipped.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ScorecardJson
{
    /// <summary>The file name used when none is given: <c>scorecard.json</c>.</summary>
    public const string DefaultFileName = "scorecard.json";

    /// <summary>Reads a scorecard from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="fileName">The name problems give as their file, such as <see cref="DefaultFileName"/>.</param>
    /// <returns>The scorecard of every item read without a problem, and every problem.</returns>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static ScorecardReadResult Read(ReadOnlyMemory<byte> utf8Json, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return JsonScorecardReader.Read(utf8Json, fileName);
    }

    /// <summary>Reads a scorecard from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="fileName">The name problems give as their file, such as <see cref="DefaultFileName"/>.</param>
    /// <returns>The scorecard of every item read without a problem, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ScorecardReadResult Read(Stream utf8Json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return JsonScorecardReader.Read(utf8Json, fileName, out _);
    }

    /// <summary>Reads a scorecard from a JSON file; problems name the file by the path given.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The scorecard of every item read without a problem, and every problem.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    public static ScorecardReadResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return JsonScorecardReader.ReadFile(path);
    }

    /// <summary>Writes a scorecard as UTF-8 JSON (without a byte order mark), indented, ending with a new line.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// An observation's numerator and denominator would not give its value back by its indicator's measure (a rate's
    /// parts on a count), so it cannot be written faithfully.
    /// </exception>
    public static void Write(Scorecard scorecard, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonScorecardWriter.Write(scorecard, utf8Json);
    }

    /// <summary>Writes a scorecard as a JSON string (see <see cref="Write(Scorecard, Stream)"/>).</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An observation cannot be written faithfully (see <see cref="Write(Scorecard, Stream)"/>).</exception>
    public static string ToJson(Scorecard scorecard)
    {
        using var buffer = new MemoryStream();
        Write(scorecard, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Writes a scorecard to a JSON file, replacing it if it exists: the JSON goes to a temporary file in the same
    /// folder and is moved into place whole, so a failed or interrupted write leaves the old file as it was and two
    /// writers of one file at once never mix their bytes.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or an observation cannot be written faithfully.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(Scorecard scorecard, string path)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FileReplacement.Write(path, stream => Write(scorecard, stream));
    }
}
