using GraphQL.Types;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Sectors;

internal sealed class SectorQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("sectors")
            .Description("The whole sector taxonomy as a flat list by name; use `parent` and `children` to walk the tree.")
            .ResolveAsync(async context => await context.QueryAsync((db, _, cancellationToken) =>
                db.Sectors.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(cancellationToken)));
}
