using GraphQL;
using GraphQL.Types;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Clusters;

internal sealed class ClusterQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddConnection<ClusterType, Domain.Clusters.Cluster>(
            "clusters",
            "The network's clusters.",
            ClusterList.Definition,
            (db, viewer) => db.Clusters.AsNoTracking().VisibleTo(viewer));

        query.Field<ClusterType>("cluster")
            .Description("A cluster by its slug; null when there is none the caller may see.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The cluster's slug, e.g. \"copenhagen-climate-innovation-cluster\".")
            .ResolveAsync(async context =>
            {
                var slug = context.GetArgument<string>("slug");
                return await context.QueryAsync((db, viewer, cancellationToken) =>
                    db.Clusters.AsNoTracking().VisibleTo(viewer).FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken));
            });
    }
}
