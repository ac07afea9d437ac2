using Icn.Domain.Common;

namespace Icn.DemoNetwork;

/// <summary>Keys and change times for generated entities, never taken from the system clock or RNG.</summary>
internal static class SeedIds
{
    /// <summary>
    /// A version 7 Guid whose time part is <paramref name="createdAt"/>, so generated keys sort by
    /// creation time like the ones Guid.CreateVersion7 gives real rows; the rest comes from the seeded stream.
    /// </summary>
    public static Guid NextId(this SeedRandom random, DateTime createdAt)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.Fill(bytes);
        var milliseconds = (ulong)new DateTimeOffset(createdAt, TimeSpan.Zero).ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Sets the key and both change times; the version stays 1 as for any new row.</summary>
    public static T Stamp<T>(this T entity, SeedRandom random, DateTime createdAt, DateTime updatedAt)
        where T : Entity
    {
        entity.Id = random.NextId(createdAt);
        entity.CreatedAt = createdAt;
        entity.UpdatedAt = updatedAt < createdAt ? createdAt : updatedAt;
        return entity;
    }
}
