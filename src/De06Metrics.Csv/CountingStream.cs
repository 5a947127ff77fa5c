namespace De06Metrics.Csv;

/// <summary>
/// A stream that tells how far it has been read or written; it passes everything else to the stream it wraps, which it
/// disposes with itself unless told to leave it open. Reading a CSV folder and the de06 command's progress line use it.
/// </summary>
/// <remarks>Not thread-safe, like the streams it wraps.</remarks>
internal sealed class CountingStream(Stream inner, Action<long> moved, bool leaveOpen = true) : Stream
{
    private long written;
    private long read;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Moved(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Moved(inner.Read(buffer));

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        written += buffer.Length;
        moved(written);
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Moved(int count)
    {
        read += count;
        moved(inner.CanSeek ? inner.Position : read);
        return count;
    }
}
