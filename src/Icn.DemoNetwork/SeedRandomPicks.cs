namespace Icn.DemoNetwork;

/// <summary>Choosing from lists with a <see cref="SeedRandom"/>: kept apart from the generator itself.</summary>
internal static class SeedRandomPicks
{
    public static T Pick<T>(this SeedRandom random, IReadOnlyList<T> items)
    {
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        return items[random.Next(items.Count)];
    }

    /// <summary><paramref name="count"/> different items (fewer if the list is shorter), by a partial Fisher-Yates shuffle.</summary>
    public static List<T> PickDistinct<T>(this SeedRandom random, IReadOnlyList<T> items, int count)
    {
        var pool = items.ToList();
        var take = Math.Min(count, pool.Count);
        for (var i = 0; i < take; i++)
        {
            var j = i + random.Next(pool.Count - i);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }

        return pool.GetRange(0, take);
    }

    public static T PickWeighted<T>(this SeedRandom random, IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var roll = random.Next(total);
        foreach (var (item, weight) in items)
        {
            if (roll < weight)
            {
                return item;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("Weights must be positive.");
    }

    /// <summary>
    /// Exactly the given number of each value, shuffled: used where a mix must be guaranteed
    /// (every kind and status present) rather than merely likely.
    /// </summary>
    public static List<T> Deck<T>(this SeedRandom random, IReadOnlyList<(T Item, int Count)> counts)
    {
        var deck = counts.SelectMany(c => Enumerable.Repeat(c.Item, c.Count)).ToList();
        return random.PickDistinct(deck, deck.Count);
    }
}
