using GraphQL.Types;
using Icn.Domain.Members;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Mutations;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Members;

/// <summary>
/// Writing a cluster's member list: an editor adds, changes and removes their own cluster's
/// members. The inputs are in MemberInputs.cs.
/// </summary>
internal sealed class MemberMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateMemberInput>("createMember", "Adds an organisation to a cluster's member list.")
            .Returns<MemberType>("member", "The new member.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(CreateAsync);

        mutation.Mutation<UpdateMemberInput>("updateMember", "Changes a member organisation; fields left out keep their value.")
            .Returns<MemberType>("member", "The member as changed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(UpdateAsync);

        mutation.Mutation<RemoveMemberInput>("removeMember", "Removes an organisation from its cluster's member list. The audit log keeps what it was.")
            .Returns<ClusterType>("cluster", "The cluster the member was removed from.")
            .ReturnsExtra<IdGraphType>("removedMemberId", "The id of the member removed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(RemoveAsync);
    }

    private static async Task<Payload> CreateAsync(CreateMemberInput input, MutationContext mutation)
    {
        var sectors = await mutation.SectorsAsync(input.SectorIds, nameof(input.SectorIds));
        var clusterPath = mutation.PathOf(nameof(input.ClusterId));
        if (mutation.RequireActingFor(input.ClusterId, clusterPath, "members") is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        if (await mutation.RequireClusterAsync(input.ClusterId, clusterPath) is { } missing)
        {
            return Payload.Failed(missing);
        }

        var member = input.ToMember();
        member.Sectors.AddRange(sectors ?? []);
        mutation.Db.Members.Add(member);
        return await mutation.SaveAsync(member);
    }

    private static async Task<Payload> UpdateAsync(UpdateMemberInput input, MutationContext mutation)
    {
        var (member, refusal) = await LoadForChangeAsync(input.Id, input.Version, mutation, withSectors: input.SectorIds.IsGiven);
        if (member is null)
        {
            return refusal!;
        }

        // Any error stops the save, so a field that failed its rule is never written.
        input.ApplyTo(member);
        if (input.SectorIds is { IsGiven: true, Value: var sectorIds } && await mutation.SectorsAsync(sectorIds, nameof(input.SectorIds)) is { } sectors)
        {
            member.Sectors.ReplaceWith(sectors);
            mutation.CountLinksAsChange(member);
        }

        return await mutation.SaveAsync(member);
    }

    private static async Task<Payload> RemoveAsync(RemoveMemberInput input, MutationContext mutation)
    {
        var (member, refusal) = await LoadForChangeAsync(input.Id, input.Version, mutation, withSectors: true);
        if (member is null)
        {
            return refusal!;
        }

        // Its sector links go with it (and are logged with it); the cluster is answered for lists to refresh.
        var cluster = await mutation.Db.Clusters.FirstAsync(c => c.Id == member.ClusterId, mutation.CancellationToken);
        mutation.Db.Members.Remove(member);
        return await mutation.SaveAsync(cluster, new Dictionary<string, object?> { ["removedMemberId"] = GlobalId.Encode("Member", member.Id) });
    }

    /// <summary>The member <paramref name="id"/>, checked for visibility, ownership and version.</summary>
    private static async Task<(Member? Member, Payload? Refusal)> LoadForChangeAsync(Guid id, int version, MutationContext mutation, bool withSectors)
    {
        IQueryable<Member> rows = mutation.Db.Members;
        if (withSectors)
        {
            rows = rows.Include(m => m.Sectors);
        }

        var idPath = mutation.PathOf(nameof(UpdateMemberInput.Id));
        var member = await rows.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(m => m.Id == id, mutation.CancellationToken);
        if (member is null)
        {
            return (null, Payload.Failed(new NotFoundUserError("No member you can see has this id.", idPath)));
        }

        var refusal = mutation.RequireActingFor(member.ClusterId, idPath, "members")
            ?? mutation.RequireVersion(member, version);
        return refusal is null ? (member, null) : (null, Payload.Failed(refusal));
    }
}
