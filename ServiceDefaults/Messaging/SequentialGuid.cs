using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Version 7 UUIDs that strictly increase within the process, even within one millisecond (Guid.CreateVersion7 is
/// random within a millisecond). EF Core orders the inserts of one SaveChanges by key, so monotonic outbox ids keep
/// the identity sequence — and therefore the relay's publishing order — equal to the order events were stored.
/// </summary>
public static class SequentialGuid
{
    private static readonly Lock Gate = new();
    private static long _lastMilliseconds;
    private static int _counter;

    public static Guid NextVersion7(DateTimeOffset now)
    {
        long milliseconds;
        int counter;
        lock (Gate)
        {
            milliseconds = Math.Max(now.ToUnixTimeMilliseconds(), _lastMilliseconds);
            _counter = milliseconds == _lastMilliseconds ? _counter + 1 : 0;
            if (_counter > 0xFFF)
            {
                milliseconds++;
                _counter = 0;
            }

            _lastMilliseconds = milliseconds;
            counter = _counter;
        }

        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[8..]);
        BinaryPrimitives.WriteInt64BigEndian(bytes, (milliseconds << 16) | 0x7000L | (uint)counter);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
