namespace Icn.DemoNetwork;

/// <summary>Splits a total into counts by percentage, for decks of kinds and statuses.</summary>
internal static class Shares
{
    /// <summary>
    /// The last share takes whatever rounding leaves, so the counts always add up to
    /// <paramref name="total"/> (the last percentage is therefore not used).
    /// </summary>
    public static List<(T Item, int Count)> Split<T>(int total, params (T Item, int Percent)[] shares)
    {
        var counts = shares[..^1].Select(s => (s.Item, total * s.Percent / 100)).ToList();
        counts.Add((shares[^1].Item, total - counts.Sum(c => c.Item2)));
        return counts;
    }
}
