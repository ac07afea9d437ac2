using GraphQL.Types;
using Icn.Domain.Opportunities;
using Icn.Graph.Access;
using Icn.Graph.Engine.Mutations;
using Icn.GraphQL.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Opportunities;

/// <summary>
/// Writing opportunities: an editor drafts, edits, publishes and closes their own cluster's; any
/// cluster's editor expresses (and withdraws) interest in another cluster's published one. The
/// inputs are in OpportunityInputs.cs, the rules of an opportunity's life in <see cref="Opportunity"/>.
/// </summary>
internal sealed class OpportunityMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<CreateOpportunityInput>("createOpportunity", "Drafts an opportunity for a cluster; it is visible to the network once published.")
            .Returns<OpportunityType>("opportunity", "The new draft.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(CreateAsync);

        mutation.Mutation<UpdateOpportunityInput>("updateOpportunity", "Changes an opportunity; fields left out keep their value.")
            .Returns<OpportunityType>("opportunity", "The opportunity as changed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(UpdateAsync);

        mutation.Mutation<OpportunityVersionInput>("publishOpportunity", "Publishes a draft to the network (and its live feed).")
            .Returns<OpportunityType>("opportunity", "The published opportunity.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => ChangeAsync(input, mutation, (opportunity, now) => opportunity.Publish(now)));

        mutation.Mutation<OpportunityVersionInput>("closeOpportunity", "Closes a published opportunity: it stays readable, but no longer asks for answers.")
            .Returns<OpportunityType>("opportunity", "The closed opportunity.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => ChangeAsync(input, mutation, (opportunity, now) => opportunity.Close(now)));

        mutation.Mutation<ExpressInterestInput>("expressInterest", "Tells the posting cluster (and the Secretariat) that a cluster is interested in an opportunity.")
            .Returns<OpportunityType>("opportunity", "The opportunity.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(ExpressInterestAsync);

        mutation.Mutation<WithdrawInterestInput>("withdrawInterest", "Withdraws a cluster's interest in an opportunity.")
            .Returns<OpportunityType>("opportunity", "The opportunity.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(WithdrawInterestAsync);
    }

    private static async Task<Payload> CreateAsync(CreateOpportunityInput input, MutationContext mutation)
    {
        if (Opportunity.CheckDeadline(input.Deadline, mutation.Today) is { } passed)
        {
            mutation.Reject(passed, nameof(input.Deadline));
        }

        var sectors = await mutation.SectorsAsync(input.SectorIds, nameof(input.SectorIds));
        var regions = await mutation.RegionsAsync(input.TargetRegionIds, nameof(input.TargetRegionIds));
        var clusterPath = mutation.PathOf(nameof(input.ClusterId));
        if (mutation.RequireActingFor(input.ClusterId, clusterPath, "opportunities") is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        if (await mutation.RequireClusterAsync(input.ClusterId, clusterPath) is { } missing)
        {
            return Payload.Failed(missing);
        }

        var opportunity = input.ToDraft();
        opportunity.Sectors.AddRange(sectors ?? []);
        opportunity.TargetRegions.AddRange(regions ?? []);
        mutation.Db.Opportunities.Add(opportunity);
        return await mutation.SaveAsync(opportunity);
    }

    private static async Task<Payload> UpdateAsync(UpdateOpportunityInput input, MutationContext mutation)
    {
        var (opportunity, refusal) = await LoadForChangeAsync(input.Id, input.Version, mutation, withLinks: input.ChangesLinks);
        if (opportunity is null)
        {
            return refusal!;
        }

        if (input.Deadline.IsGiven && Opportunity.CheckDeadline(input.Deadline.Value, mutation.Today) is { } passed)
        {
            mutation.Reject(passed, nameof(input.Deadline));
        }

        input.ApplyTo(opportunity);
        if (input.SectorIds is { IsGiven: true, Value: var sectorIds } && await mutation.SectorsAsync(sectorIds, nameof(input.SectorIds)) is { } sectors)
        {
            opportunity.Sectors.ReplaceWith(sectors);
            mutation.CountLinksAsChange(opportunity);
        }

        if (input.TargetRegionIds is { IsGiven: true, Value: var regionIds } && await mutation.RegionsAsync(regionIds, nameof(input.TargetRegionIds)) is { } regions)
        {
            opportunity.TargetRegions.ReplaceWith(regions);
            mutation.CountLinksAsChange(opportunity);
        }

        return await mutation.SaveAsync(opportunity);
    }

    private static async Task<Payload> ChangeAsync(OpportunityVersionInput input, MutationContext mutation, Func<Opportunity, DateTime, Domain.Common.RuleBreak?> change)
    {
        var (opportunity, refusal) = await LoadForChangeAsync(input.Id, input.Version, mutation, withLinks: false);
        if (opportunity is null)
        {
            return refusal!;
        }

        return change(opportunity, mutation.Now) is { } refused
            ? mutation.Refused(refused, nameof(input.Id))
            : await mutation.SaveAsync(opportunity);
    }

    private static async Task<Payload> ExpressInterestAsync(ExpressInterestInput input, MutationContext mutation)
    {
        var (opportunity, cluster, refusal) = await LoadInterestTargetAsync(input.OpportunityId, input.ClusterId, mutation);
        if (refusal is not null)
        {
            return refusal;
        }

        if (opportunity!.CheckInterestFrom(cluster) is { } refused)
        {
            return mutation.Refused(refused, refused.Kind == Domain.Common.RuleBreakKind.Conflict ? nameof(input.OpportunityId) : nameof(input.ClusterId));
        }

        var interest = await mutation.Db.OpportunityInterests
            .FirstOrDefaultAsync(i => i.OpportunityId == opportunity.Id && i.ClusterId == cluster, mutation.CancellationToken);
        if (interest is null)
        {
            mutation.Db.OpportunityInterests.Add(new OpportunityInterest { OpportunityId = opportunity.Id, ClusterId = cluster, Message = input.Message });
        }
        else if (interest.Renew(input.Message) is { } standing)
        {
            return mutation.Refused(standing, nameof(input.OpportunityId));
        }

        return await mutation.SaveAsync(opportunity);
    }

    private static async Task<Payload> WithdrawInterestAsync(WithdrawInterestInput input, MutationContext mutation)
    {
        var (opportunity, cluster, refusal) = await LoadInterestTargetAsync(input.OpportunityId, input.ClusterId, mutation);
        if (refusal is not null)
        {
            return refusal;
        }

        var interest = await mutation.Db.OpportunityInterests
            .FirstOrDefaultAsync(i => i.OpportunityId == opportunity!.Id && i.ClusterId == cluster && i.WithdrawnAt == null, mutation.CancellationToken);
        if (interest is null)
        {
            return Payload.Failed(new NotFoundUserError("This cluster has no standing interest in this opportunity.", mutation.PathOf(nameof(input.OpportunityId))));
        }

        interest.Withdraw(mutation.Now);
        return await mutation.SaveAsync(opportunity);
    }

    /// <summary>The opportunity <paramref name="id"/>, checked for visibility, ownership and version.</summary>
    private static async Task<(Opportunity? Opportunity, Payload? Refusal)> LoadForChangeAsync(Guid id, int version, MutationContext mutation, bool withLinks)
    {
        IQueryable<Opportunity> rows = mutation.Db.Opportunities;
        if (withLinks)
        {
            rows = rows.Include(o => o.Sectors).Include(o => o.TargetRegions);
        }

        var idPath = mutation.PathOf(nameof(UpdateOpportunityInput.Id));
        var opportunity = await rows.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(o => o.Id == id, mutation.CancellationToken);
        if (opportunity is null)
        {
            return (null, Payload.Failed(new NotFoundUserError("No opportunity you can see has this id.", idPath)));
        }

        var refusal = mutation.RequireActingFor(opportunity.PostedById, idPath, "opportunities")
            ?? mutation.RequireVersion(opportunity, version);
        return refusal is null ? (opportunity, null) : (null, Payload.Failed(refusal));
    }

    /// <summary>The opportunity and the interested cluster (an editor's own unless given), checked.</summary>
    private static async Task<(Opportunity? Opportunity, Guid Cluster, Payload? Refusal)> LoadInterestTargetAsync(Guid opportunityId, Guid? clusterId, MutationContext mutation)
    {
        var clusterPath = mutation.PathOf(nameof(ExpressInterestInput.ClusterId));
        if ((clusterId ?? mutation.Viewer.ClusterId) is not { } cluster)
        {
            return (null, default, Payload.Failed(new ValidationUserError("Say which cluster is interested.", clusterPath)));
        }

        if (mutation.RequireActingFor(cluster, clusterPath, "interests") is { } forbidden)
        {
            return (null, default, Payload.Failed(forbidden));
        }

        if (await mutation.RequireMemberClusterAsync(cluster, clusterPath) is { } notMember)
        {
            return (null, default, Payload.Failed(notMember));
        }

        var opportunity = await mutation.Db.Opportunities.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(o => o.Id == opportunityId, mutation.CancellationToken);
        return opportunity is null
            ? (null, default, Payload.Failed(new NotFoundUserError("No opportunity you can see has this id.", mutation.PathOf(nameof(ExpressInterestInput.OpportunityId)))))
            : (opportunity, cluster, null);
    }
}
