using System.Linq.Expressions;
using Icn.Domain.Sectors;
using Icn.Graph.Data;

namespace Icn.Graph.Paging;

/// <summary>
/// The sectors of each row of a list, read in the page query when the caller selects them and handed
/// to the <c>sectors</c> field's loader, so they cost no query of their own.
/// </summary>
/// <param name="JoinedRows">A row's sectors, or one null when it has none: the page is left-joined to them.</param>
/// <param name="Prime">Stores a row's sectors (by the row's id) in the field's loader.</param>
internal sealed record SectorsPreload<T>(Expression<Func<T, IEnumerable<Sector?>>> JoinedRows, Action<RequestLoaders, Guid, List<Sector>> Prime)
{
    public const string Field = "sectors";

    /// <summary>The order of a row's sectors, as the field answers them.</summary>
    public static Expression<Func<Sector, string>> Order { get; } = s => s.Name;
}
