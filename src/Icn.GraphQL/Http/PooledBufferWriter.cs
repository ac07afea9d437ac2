using System.Buffers;

namespace Icn.GraphQL.Http;

/// <summary>
/// An answer's bytes in arrays rented from the shared pool: written in full before it is sent (so
/// that it goes with a Content-Length, in one piece), then given back. A new array per answer was
/// about a sixth of everything the API allocated under a website's listing load.
/// </summary>
internal sealed class PooledBufferWriter(int initialSize) : IBufferWriter<byte>, IDisposable
{
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(initialSize);

    public int WrittenCount { get; private set; }

    public ReadOnlyMemory<byte> WrittenMemory => buffer.AsMemory(0, WrittenCount);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (WrittenCount + count > buffer.Length)
        {
            throw new InvalidOperationException("Advanced past the end of the buffer.");
        }

        WrittenCount += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(WrittenCount);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(WrittenCount);
    }

    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        WrittenCount = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Reserve(int sizeHint)
    {
        var needed = WrittenCount + Math.Max(sizeHint, 1);
        if (needed <= buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, buffer.Length * 2));
        buffer.AsSpan(0, WrittenCount).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
