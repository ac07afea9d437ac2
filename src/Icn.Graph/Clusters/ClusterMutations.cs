using GraphQL.Types;
using Icn.Domain.Clusters;
using Icn.Domain.Common;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Mutations;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Clusters;

/// <summary>
/// Writing a cluster's profile: an editor their own cluster's, the Secretariat and admins any.
/// The slug stays (websites link to it), and the membership status changes only through the
/// membership workflow, so neither is an input here. The input is in ClusterInputs.cs.
/// </summary>
internal sealed class ClusterMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<UpdateClusterInput>("updateCluster", "Changes a cluster's profile; fields left out keep their value. The slug and the membership status are not changed here.")
            .Returns<ClusterType>("cluster", "The cluster as changed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(UpdateAsync);
    }

    private static async Task<Payload> UpdateAsync(UpdateClusterInput input, MutationContext mutation)
    {
        IQueryable<Cluster> rows = mutation.Db.Clusters;
        if (input.SectorIds.IsGiven)
        {
            rows = rows.Include(c => c.Sectors);
        }

        var idPath = mutation.PathOf(nameof(input.Id));
        var cluster = await rows.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(c => c.Id == input.Id, mutation.CancellationToken);
        if (cluster is null)
        {
            return Payload.Failed(new NotFoundUserError("No cluster you can see has this id.", idPath));
        }

        if ((mutation.RequireActingFor(cluster.Id, idPath, "profile")
            ?? mutation.RequireVersion(cluster, input.Version)) is { } refusal)
        {
            return Payload.Failed(refusal);
        }

        // Any error stops the save, so a field that failed its rule is never written.
        input.ApplyTo(cluster);
        if (input.SectorIds is { IsGiven: true, Value: var sectorIds } && await mutation.SectorsAsync(sectorIds, nameof(input.SectorIds)) is { } sectors)
        {
            cluster.Sectors.ReplaceWith(sectors);
            mutation.CountLinksAsChange(cluster);
        }

        return await mutation.SaveAsync(cluster);
    }
}
