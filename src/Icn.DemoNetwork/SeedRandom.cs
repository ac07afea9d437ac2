namespace Icn.DemoNetwork;

/// <summary>
/// xoshiro256** seeded through SplitMix64. Our own generator rather than a seeded System.Random:
/// the runtime does not promise the same sequence across versions, and the demo network must be
/// the same data on every machine and after every upgrade.
/// </summary>
internal sealed class SeedRandom
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    private SeedRandom(ulong seed)
    {
        s0 = SplitMix(ref seed);
        s1 = SplitMix(ref seed);
        s2 = SplitMix(ref seed);
        s3 = SplitMix(ref seed);
    }

    /// <summary>
    /// One independent stream per builder: a builder that draws one number more or less does not
    /// shift everything generated after it.
    /// </summary>
    public static SeedRandom For(int seed, string stream)
    {
        var hash = 14695981039346656037UL; // FNV-1a: string.GetHashCode is randomised per process.
        foreach (var c in stream)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return new SeedRandom(hash ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL));
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>A uniform value in [0, bound): the uneven tail of the 64-bit range is rejected so no value is favoured.</summary>
    public long NextBelow(long bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var range = (ulong)bound;
        var limit = ulong.MaxValue - (ulong.MaxValue % range);
        ulong value;
        do
        {
            value = NextUInt64();
        }
        while (value >= limit);

        return (long)(value % range);
    }

    public int Next(int bound) => (int)NextBelow(bound);

    /// <summary>A uniform value in [min, max], both included.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public void Fill(Span<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(NextUInt64() >> 56);
        }
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
