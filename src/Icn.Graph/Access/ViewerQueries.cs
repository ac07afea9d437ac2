using System.Security.Claims;
using GraphQL.Types;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

internal sealed class ViewerQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query) =>
        query.Field<ViewerType>("viewer")
            .Description("Who is calling: the signed-in staff account, or null when anonymous.")
            .ResolveAsync(async context =>
            {
                if (!Guid.TryParse(context.User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
                {
                    return null;
                }

                return await context.QueryAsync((db, _, cancellationToken) =>
                    db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.IsActive, cancellationToken));
            });
}
