using Icn.Domain.Common;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Icn.Graph.Search;

internal static class SearchMatching
{
    /// <summary>
    /// ts_rank's weights for D, C, B and A positions. Steeper than PostgreSQL's default (0.1, 0.2,
    /// 0.4, 1.0) so a word in a name or title outranks the same word repeated in a body.
    /// </summary>
    private static readonly float[] Weights = [0.01f, 0.05f, 0.2f, 1.0f];

    /// <summary>
    /// The rows whose search vector matches <paramref name="text"/> (websearch syntax), as hits of
    /// <paramref name="kind"/> with their rank. The text is a SQL parameter, parsed by PostgreSQL.
    /// </summary>
    public static IQueryable<SearchHit> Matching<T>(this IQueryable<T> rows, string kind, string text)
        where T : Entity =>
        rows.Where(row => EF.Property<NpgsqlTsVector>(row, SearchVectors.Property)
                .Matches(EF.Functions.WebSearchToTsQuery(SearchVectors.Configuration, text)))
            .Select(row => new SearchHit
            {
                Kind = kind,
                Id = row.Id,
                Rank = EF.Property<NpgsqlTsVector>(row, SearchVectors.Property)
                    .Rank(Weights, EF.Functions.WebSearchToTsQuery(SearchVectors.Configuration, text)),
            });
}
