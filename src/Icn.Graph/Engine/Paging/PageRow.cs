using Icn.Domain.Sectors;
using Icn.GraphQL.Paging;

namespace Icn.Graph.Engine.Paging;

/// <summary>
/// One row of a root list's page query: the entity, and one of its sectors when they are read in the
/// same command. The sectors are left-joined flat, one result row per sector, rather than projected
/// as a collection: EF Core's collection shaper creates delegates for every row it reads.
/// </summary>
internal sealed class PageRow<T>
{
    public required T Row { get; init; }

    public Sector? Sector { get; init; }
}
