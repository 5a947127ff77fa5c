using De06Metrics.Text;

namespace De06Metrics.Cli.Output;

/// <summary>
/// Says how far long work has gone — reading a large scorecard file, writing a large report — on one updating line of
/// standard error, and only when standard error is a terminal: a script or a test that captures it sees nothing.
/// </summary>
/// <remarks>
/// The line is updated on whole steps of the work (each further percent of a file read, each further
/// <see cref="WriteStep"/> written), never on a clock, so what it shows depends only on the work. Work smaller than
/// <see cref="LargeInput"/> says nothing at all. Every word comes from the phrase book. Not thread-safe: one instance
/// follows one piece of work.
/// </remarks>
internal sealed class Progress
{
    /// <summary>A file smaller than this is read without a progress line (8 MiB).</summary>
    public const long LargeInput = 8L * 1024 * 1024;

    /// <summary>The progress line of a report being written is updated every this many bytes (4 MiB).</summary>
    public const long WriteStep = 4L * 1024 * 1024;

    private const decimal MiB = 1024m * 1024m;

    private readonly TextWriter writer;
    private readonly Language language;
    private int shownLength;
    private long lastStep = -1;

    /// <summary>Progress written to <paramref name="writer"/>, whatever it is; the command uses <see cref="OnTerminal"/>.</summary>
    public Progress(TextWriter writer, Language language)
    {
        this.writer = writer;
        this.language = language;
    }

    /// <summary>Progress on standard error when it is a terminal; <see langword="null"/> (silence) when it is redirected.</summary>
    public static Progress? OnTerminal(Language language) => Console.IsErrorRedirected ? null : new Progress(Console.Error, language);

    /// <summary>The line for a file being read: its name, the share read and its size in MiB.</summary>
    public static string ReadingLine(Language language, string name, long read, long length)
    {
        var percent = length == 0 ? 100 : read * 100 / length;
        return language.Format(Phrase.ProgressReading, name, language.FormatNumber(percent, 0), language.FormatNumber(length / MiB, 1));
    }

    /// <summary>The line for a report being written: its name and the MiB written so far.</summary>
    public static string WritingLine(Language language, string name, long written) =>
        language.Format(Phrase.ProgressWriting, name, language.FormatNumber(written / MiB, 1));

    /// <summary>Reports that <paramref name="read"/> of <paramref name="length"/> bytes of a file are read.</summary>
    public void Reading(string name, long read, long length)
    {
        if (length < LargeInput)
        {
            return;
        }

        var step = read * 100 / length;
        if (step > lastStep)
        {
            lastStep = step;
            Show(ReadingLine(language, name, read, length));
        }
    }

    /// <summary>Reports that <paramref name="written"/> bytes of a report are written.</summary>
    public void Writing(string name, long written)
    {
        var step = written / WriteStep;
        if (step > 0 && step > lastStep)
        {
            lastStep = step;
            Show(WritingLine(language, name, written));
        }
    }

    /// <summary>Ends the line, if one was shown, so that what follows starts on a line of its own.</summary>
    public void Done()
    {
        if (shownLength > 0)
        {
            writer.WriteLine();
            writer.Flush();
            shownLength = 0;
        }

        lastStep = -1;
    }

    private void Show(string line)
    {
        // Back to the line's start; spaces cover what a longer line before left.
        writer.Write('\r' + line + new string(' ', Math.Max(0, shownLength - line.Length)));
        writer.Flush();
        shownLength = line.Length;
    }
}
