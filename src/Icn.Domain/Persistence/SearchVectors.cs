using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;

namespace Icn.Domain.Persistence;

/// <summary>
/// Full-text search: each searchable table has a stored, generated <c>search_vector</c> of its public
/// text only (never contact details), weighted so names and titles rank above summaries, and
/// summaries above bodies, with a GIN index. It is a shadow property: entities do not carry it.
/// </summary>
public static class SearchVectors
{
    public const string Property = "SearchVector";

    /// <summary>The text search configuration: English stemming ("batteries" finds "battery").</summary>
    public const string Configuration = "english";

    internal static void MapSearchVector<T>(this EntityTypeBuilder<T> entity, params (string Column, char Weight)[] columns)
        where T : class
    {
        var sql = string.Join(" || ", columns.Select(c => $"setweight(to_tsvector('{Configuration}', coalesce({c.Column}, '')), '{c.Weight}')"));
        entity.Property<NpgsqlTsVector>(Property).HasComputedColumnSql(sql, stored: true);
        entity.HasIndex(Property).HasMethod("gin");
    }

    /// <summary>A case-insensitive trigram index, which serves the <c>contains</c> and <c>startsWith</c> filters.</summary>
    internal static void HasTrigramIndex<T>(this EntityTypeBuilder<T> entity, string property)
        where T : class =>
        entity.HasIndex(property).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName($"ix_{entity.Metadata.GetTableName()}_{property.ToLowerInvariant()}_trgm");
}
