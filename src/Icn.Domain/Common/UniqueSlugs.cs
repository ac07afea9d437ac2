using Microsoft.EntityFrameworkCore;

namespace Icn.Domain.Common;

/// <summary>
/// Slugs for rows written after the demo network: the slug of a text, or its first free numbered
/// alternative ("slug-2", "slug-3", ...) among the slugs a table already holds. Two writers racing
/// for the same slug are still told apart by the table's unique index.
/// </summary>
public static class UniqueSlugs
{
    /// <summary>How many candidates one query asks about; a clash beyond the first is rare.</summary>
    private const int CandidatesPerQuery = 20;

    /// <summary>
    /// The first slug of <paramref name="text"/> that <paramref name="taken"/> does not hold;
    /// <paramref name="fallback"/> stands in for a text without a letter or digit to slug.
    /// </summary>
    public static async Task<string> ClaimAsync(IQueryable<string> taken, string text, string fallback, int maxLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var slug = Slugs.From(text, maxLength) is { Length: > 0 } made ? made : fallback;
        for (var first = 1; ; first += CandidatesPerQuery)
        {
            var candidates = Enumerable.Range(first, CandidatesPerQuery)
                .Select(n => n == 1 ? slug : Slugs.Numbered(slug, n, maxLength))
                .ToList();
            var clashes = await taken.Where(s => candidates.Contains(s)).ToListAsync(cancellationToken);
            if (candidates.FirstOrDefault(c => !clashes.Contains(c, StringComparer.Ordinal)) is { } free)
            {
                return free;
            }
        }
    }
}
