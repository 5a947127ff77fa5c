using De06Metrics.Scorecards;
using De06Metrics.Tasks;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads and writes tasks as JSON: the <c>tasks</c> array (and the optional <c>taskItems</c> noun) of a scorecard file,
/// or of a file of tasks alone (the format is in <c>docs/tasks.md</c>).
/// </summary>
/// <remarks>
/// A read never throws for bad data: it returns a <see cref="TaskReadResult"/> holding every task read without a
/// problem and every problem found, each with its line, column and JSON path; a task whose units the scorecard does not
/// know is a problem. Stateless and thread-safe.
/// </remarks>
public static class TaskJson
{
    /// <summary>Reads the tasks of UTF-8 JSON, checking their units against a scorecard's.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="fileName">The name problems give as their file.</param>
    /// <param name="scorecard">The scorecard whose units (or timeline) the tasks name.</param>
    /// <returns>The tasks read without a problem, and every problem; an empty list when the file has no <c>tasks</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    public static TaskReadResult Read(ReadOnlyMemory<byte> utf8Json, string fileName, Scorecard scorecard)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(scorecard);
        return JsonTaskReader.Read(utf8Json, fileName, scorecard);
    }

    /// <summary>
    /// Reads the tasks of a stream of UTF-8 JSON, to its end, checking their units against a scorecard's. Everything
    /// but <c>tasks</c> and <c>taskItems</c> is skipped as it streams by, so reading the tasks of a large scorecard file
    /// costs the memory of its tasks, not of the file.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="fileName">The name problems give as their file.</param>
    /// <param name="scorecard">The scorecard whose units (or timeline) the tasks name.</param>
    /// <returns>The tasks read without a problem, and every problem; an empty list when the file has no <c>tasks</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static TaskReadResult Read(Stream utf8Json, string fileName, Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(scorecard);
        return JsonTaskReader.Read(utf8Json, fileName, scorecard);
    }

    /// <summary>Reads the tasks of a JSON file (see <see cref="Read(Stream, string, Scorecard)"/>); problems name the file by the path given.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="scorecard">The scorecard whose units (or timeline) the tasks name.</param>
    /// <returns>The tasks read without a problem, and every problem; an empty list when the file has no <c>tasks</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    public static TaskReadResult ReadFile(string path, Scorecard scorecard)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(scorecard);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return JsonTaskReader.Read(stream, path, scorecard);
    }

    /// <summary>
    /// Writes tasks as a JSON object holding <c>taskItems</c> (when the list says what each task is) and <c>tasks</c>,
    /// indented, UTF-8 without a byte order mark, ending with a new line. Reading it back gives equal tasks.
    /// </summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(TaskList tasks, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonTaskWriter.Write(tasks, utf8Json);
    }
}
