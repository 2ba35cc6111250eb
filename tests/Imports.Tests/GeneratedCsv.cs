using System.Text;

namespace Platform.Imports.Tests;

/// <summary>A read-only stream that writes its CSV rows as they are read, so no whole body ever exists.</summary>
internal sealed class GeneratedCsv(string header, Func<int, string> row, int rows) : Stream
{
    private byte[] _pending = Encoding.UTF8.GetBytes(header + "\n");
    private int _offset;
    private int _next = 1;

    /// <summary>How many bytes have been read so far.</summary>
    public long Produced { get; private set; }

    public bool Ended { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_offset == _pending.Length)
        {
            if (_next > rows)
            {
                Ended = true;
                return 0;
            }

            _pending = Encoding.UTF8.GetBytes(row(_next++) + "\n");
            _offset = 0;
        }

        var n = Math.Min(buffer.Length, _pending.Length - _offset);
        _pending.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        Produced += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Produced; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
