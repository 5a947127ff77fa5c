namespace De06Metrics.Serialization;

/// <summary>
/// Writes a file so that whoever reads its name sees the old content whole or the new content whole, never a mix or a
/// part: the new content goes to a temporary file in the same folder (so on the same file system), is flushed to the
/// disk, and is then moved over the name in one rename. Every writer of the library and of the <c>de06</c> command
/// writes its files through this one mechanism.
/// </summary>
/// <remarks>
/// <para>
/// Two writers of one name at once each write their own temporary file (its name holds a fresh <see cref="Guid"/>), so
/// they never write into each other's bytes; the last to move its file into place wins, whole. A process killed while
/// writing leaves the old file as it was, and at most a temporary file beside it, named after it with a leading dot and
/// the suffix <c>.tmp</c>. A write that throws deletes its temporary file and leaves the old one.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
internal static class FileReplacement
{
    /// <summary>Writes a file's content to a temporary file beside it, then moves it into place.</summary>
    /// <param name="path">The file to write or replace.</param>
    /// <param name="write">Writes the content to the stream it is given (and may leave the stream open).</param>
    /// <exception cref="IOException">The temporary file cannot be created or written, or cannot be moved into place.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = Begin(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.Write, FileShare.None))
            {
                write(stream);
            }
        }
        catch
        {
            Abandon(temporary);
            throw;
        }

        Commit(temporary, path);
    }

    /// <summary>Creates an empty temporary file beside <paramref name="path"/>, for content to be written to it.</summary>
    /// <param name="path">The file the content is for.</param>
    /// <returns>The temporary file's path; hand it to <see cref="Commit"/> when written, or to <see cref="Abandon"/>.</returns>
    /// <exception cref="IOException">The temporary file cannot be created (its folder does not exist, say).</exception>
    public static string Begin(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");

        // CreateNew: a name taken by anything, however unlikely, is an error rather than a file shared with another writer.
        using (new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
        }

        return temporary;
    }

    /// <summary>Flushes a written temporary file to the disk and moves it over <paramref name="path"/> in one rename.</summary>
    /// <param name="temporary">The temporary file, from <see cref="Begin"/>.</param>
    /// <param name="path">The file to replace.</param>
    /// <exception cref="IOException">The file cannot be moved into place; the temporary file is then deleted.</exception>
    public static void Commit(string temporary, string path)
    {
        try
        {
            // A rename is atomic, but without this the disk may hold the new name before the new bytes after a crash.
            using (var stream = new FileStream(temporary, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            Abandon(temporary);
            throw;
        }
    }

    /// <summary>Deletes a temporary file that will not be moved into place; a file already gone is no error.</summary>
    /// <param name="temporary">The temporary file, from <see cref="Begin"/>.</param>
    public static void Abandon(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The exception that made the write fail is the one to report; a leftover temporary file harms nothing.
        }
    }
}
