using System.Linq.Expressions;
using Icn.Domain.Sectors;
using Icn.GraphQL.Data;
using Icn.GraphQL.Paging;

namespace Icn.Graph.Sectors;

/// <summary>
/// The sectors of each row of a list, read in the page query when the caller selects them and handed
/// to the <c>sectors</c> field's loader, so they cost no query of their own.
/// </summary>
/// <param name="JoinedRows">A row's sectors, or one null when it has none: the page is left-joined to them.</param>
/// <param name="Prime">Stores a row's sectors (by the row's id) in the field's loader.</param>
internal sealed record SectorsPreload<T>(Expression<Func<T, IEnumerable<Sector?>>> JoinedRows, Action<RequestLoaders, Guid, List<Sector>> Prime)
    : CollectionPreload<T>
{
    public const string Field = "sectors";

    public override string SelectedField => Field;

    /// <summary>A list's sectors preload, if it has one.</summary>
    public static SectorsPreload<T>? Of(ListDefinition<T> list) => list.Collection as SectorsPreload<T>;

    /// <summary>The order of a row's sectors, as the field answers them.</summary>
    public static Expression<Func<Sector, string>> Order { get; } = s => s.Name;
}
