using System.Linq.Expressions;
using Icn.Domain.Sectors;

namespace Icn.Graph.Sectors;

/// <summary>A page row left-joined to one of its sectors (null for a row without any), before the projection.</summary>
internal sealed class SectorJoin<T>
{
    public required T Row { get; init; }

    public Sector? Sector { get; init; }

    /// <summary>Where the page's row is, for ordering the join as the page is ordered.</summary>
    public static Expression<Func<SectorJoin<T>, T>> RowOf { get; } = joined => joined.Row;
}
