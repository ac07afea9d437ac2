using Icn.Domain.Sectors;

namespace Icn.Graph.Paging;

/// <summary>
/// One row of a root list's page query: the entity, and its sectors when they were read in the same
/// command (an entity's own sector list cannot be assigned in a query's projection).
/// </summary>
internal sealed class PageRow<T>
{
    public required T Row { get; init; }

    public List<Sector>? Sectors { get; init; }
}
