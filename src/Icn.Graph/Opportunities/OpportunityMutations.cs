using GraphQL.Types;
using Icn.Domain.Opportunities;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Content;
using Icn.Graph.Mutations;
using Icn.Graph.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Opportunities;

/// <summary>
/// Writing opportunities: an editor drafts, edits, publishes and closes their own cluster's; any
/// cluster's editor expresses (and withdraws) interest in another cluster's published one.
/// </summary>
internal sealed class OpportunityMutations : IMutationFields
{
    private const int TitleLength = 200;
    private const int SummaryLength = 500;
    private const int BodyLength = 50_000;
    private const int MessageLength = 4000;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("createOpportunity", "Drafts an opportunity for a cluster; it is visible to the network once published.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("clusterId").Description("The cluster sharing it (an editor's own).");
                input.Field<NonNullGraphType<OpportunityKindGraphType>>("kind").Description("What it is about.");
                input.Field<NonNullGraphType<StringGraphType>>("title").Description($"The title, at most {TitleLength} characters.");
                input.Field<NonNullGraphType<StringGraphType>>("summary").Description($"A plain-text summary for lists, at most {SummaryLength} characters.");
                input.Field<NonNullGraphType<MarkdownGraphType>>("body").Description("The full text, in Markdown.");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sectorIds").Description($"Its sectors, at most {ReferenceInputs.MaxSectors}.");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("targetRegionIds").Description("The regions it is aimed at; none for the whole network.");
                input.Field<CalendarDateGraphType>("deadline").Description("The last day answers are welcome.");
            })
            .Returns<OpportunityType>("opportunity", "The new draft.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(CreateAsync);

        mutation.Mutation("updateOpportunity", "Changes an opportunity; fields left out keep their value.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("id").Description("The opportunity.");
                input.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one gets a ConflictError.");
                input.Field<OpportunityKindGraphType>("kind").Description("What it is about.");
                input.Field<StringGraphType>("title").Description($"The title, at most {TitleLength} characters.");
                input.Field<StringGraphType>("summary").Description($"A plain-text summary, at most {SummaryLength} characters.");
                input.Field<MarkdownGraphType>("body").Description("The full text, in Markdown.");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("sectorIds").Description("Its sectors (replacing the current ones).");
                input.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("targetRegionIds").Description("Its target regions (replacing the current ones).");
                input.Field<CalendarDateGraphType>("deadline").Description("The last day answers are welcome; null removes it.");
            })
            .Returns<OpportunityType>("opportunity", "The opportunity as changed.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(UpdateAsync);

        mutation.Mutation("publishOpportunity", "Publishes a draft to the network (and its live feed).")
            .Input(IdAndVersion)
            .Returns<OpportunityType>("opportunity", "The published opportunity.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => ChangeStatusAsync(input, mutation, OpportunityStatus.Published));

        mutation.Mutation("closeOpportunity", "Closes a published opportunity: it stays readable, but no longer asks for answers.")
            .Input(IdAndVersion)
            .Returns<OpportunityType>("opportunity", "The closed opportunity.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve((input, mutation) => ChangeStatusAsync(input, mutation, OpportunityStatus.Closed));

        mutation.Mutation("expressInterest", "Tells the posting cluster (and the Secretariat) that a cluster is interested in an opportunity.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("opportunityId").Description("A published opportunity of another cluster.");
                input.Field<IdGraphType>("clusterId").Description("The interested cluster; an editor's own by default.");
                input.Field<NonNullGraphType<StringGraphType>>("message").Description($"What the cluster offers or asks, at most {MessageLength} characters.");
            })
            .Returns<OpportunityType>("opportunity", "The opportunity.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(ExpressInterestAsync);

        mutation.Mutation("withdrawInterest", "Withdraws a cluster's interest in an opportunity.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("opportunityId").Description("The opportunity.");
                input.Field<IdGraphType>("clusterId").Description("The interested cluster; an editor's own by default.");
            })
            .Returns<OpportunityType>("opportunity", "The opportunity.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(WithdrawInterestAsync);
    }

    private static void IdAndVersion(InputObjectGraphType input)
    {
        input.Field<NonNullGraphType<IdGraphType>>("id").Description("The opportunity.");
        input.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one gets a ConflictError.");
    }

    private static async Task<Payload> CreateAsync(MutationInput input, MutationContext mutation)
    {
        var clusterId = input.Id("clusterId", "Cluster");
        var opportunity = new Opportunity
        {
            Kind = input.Required<OpportunityKind>("kind"),
            Title = input.Text("title", TitleLength) ?? "",
            Summary = input.Text("summary", SummaryLength) ?? "",
            Body = input.Markdown("body", BodyLength, mutation) ?? "",
            Deadline = input.Value<DateOnly>("deadline"),
        };
        CheckDeadline(input, mutation, opportunity.Deadline);
        var sectors = await input.SectorsAsync("sectorIds", mutation);
        var regions = await input.RegionsAsync("targetRegionIds", mutation);
        if (clusterId is not { } cluster)
        {
            return Payload.Failed(input.Errors);
        }

        if (mutation.RequireActingFor(cluster, input.PathOf("clusterId"), "opportunities") is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        if (await mutation.RequireClusterAsync(cluster, input.PathOf("clusterId")) is { } missing)
        {
            return Payload.Failed(missing);
        }

        opportunity.PostedById = cluster;
        opportunity.Sectors.AddRange(sectors ?? []);
        opportunity.TargetRegions.AddRange(regions ?? []);
        mutation.Db.Opportunities.Add(opportunity);
        return await mutation.SaveAsync(opportunity);
    }

    private static async Task<Payload> UpdateAsync(MutationInput input, MutationContext mutation)
    {
        var (opportunity, refusal) = await LoadForChangeAsync(input, mutation, withLinks: input.Has("sectorIds") || input.Has("targetRegionIds"));
        if (opportunity is null)
        {
            return refusal!;
        }

        if (input.NonNull<OpportunityKind>("kind") is { } kind)
        {
            opportunity.Kind = kind;
        }

        if (input.Has("title") && input.Text("title", TitleLength) is { } title)
        {
            opportunity.Title = title;
        }

        if (input.Has("summary") && input.Text("summary", SummaryLength) is { } summary)
        {
            opportunity.Summary = summary;
        }

        if (input.Has("body") && input.Markdown("body", BodyLength, mutation) is { } body)
        {
            opportunity.Body = body;
        }

        if (input.Has("deadline"))
        {
            opportunity.Deadline = input.Value<DateOnly>("deadline");
            CheckDeadline(input, mutation, opportunity.Deadline);
        }

        if (input.Has("sectorIds") && await input.SectorsAsync("sectorIds", mutation) is { } sectors)
        {
            opportunity.Sectors.ReplaceWith(sectors);
            mutation.CountLinksAsChange(opportunity);
        }

        if (input.Has("targetRegionIds") && await input.RegionsAsync("targetRegionIds", mutation) is { } regions)
        {
            opportunity.TargetRegions.ReplaceWith(regions);
            mutation.CountLinksAsChange(opportunity);
        }

        return await mutation.SaveAsync(opportunity);
    }

    private static async Task<Payload> ChangeStatusAsync(MutationInput input, MutationContext mutation, OpportunityStatus target)
    {
        var (opportunity, refusal) = await LoadForChangeAsync(input, mutation, withLinks: false);
        if (opportunity is null)
        {
            return refusal!;
        }

        var allowedFrom = target == OpportunityStatus.Published ? OpportunityStatus.Draft : OpportunityStatus.Published;
        if (opportunity.Status != allowedFrom)
        {
            return Payload.Failed(new ConflictUserError(
                $"Only a {allowedFrom.ToString().ToUpperInvariant()} opportunity can become {target.ToString().ToUpperInvariant()}; this one is {opportunity.Status.ToString().ToUpperInvariant()}.",
                input.PathOf("id")));
        }

        opportunity.Status = target;
        if (target == OpportunityStatus.Published)
        {
            opportunity.PublishedAt = mutation.Now;
        }
        else
        {
            opportunity.ClosedAt = mutation.Now;
        }

        return await mutation.SaveAsync(opportunity);
    }

    private static async Task<Payload> ExpressInterestAsync(MutationInput input, MutationContext mutation)
    {
        var message = input.Text("message", MessageLength);
        var (opportunity, cluster, refusal) = await LoadInterestTargetAsync(input, mutation);
        if (refusal is not null)
        {
            return refusal;
        }

        if (opportunity!.Status != OpportunityStatus.Published)
        {
            return Payload.Failed(new ConflictUserError("Interest can be expressed only in a PUBLISHED opportunity.", input.PathOf("opportunityId")));
        }

        if (opportunity.PostedById == cluster)
        {
            return Payload.Failed(new ValidationUserError("A cluster cannot express interest in its own opportunity.", input.PathOf("clusterId")));
        }

        var interest = await mutation.Db.OpportunityInterests
            .FirstOrDefaultAsync(i => i.OpportunityId == opportunity.Id && i.ClusterId == cluster, mutation.CancellationToken);
        if (interest is { WithdrawnAt: null })
        {
            return Payload.Failed(new ConflictUserError("This cluster has already expressed interest in this opportunity.", input.PathOf("opportunityId")));
        }

        if (interest is null)
        {
            mutation.Db.OpportunityInterests.Add(new OpportunityInterest { OpportunityId = opportunity.Id, ClusterId = cluster, Message = message ?? "" });
        }
        else
        {
            interest.Message = message ?? "";
            interest.WithdrawnAt = null;
        }

        return await mutation.SaveAsync(opportunity);
    }

    private static async Task<Payload> WithdrawInterestAsync(MutationInput input, MutationContext mutation)
    {
        var (opportunity, cluster, refusal) = await LoadInterestTargetAsync(input, mutation);
        if (refusal is not null)
        {
            return refusal;
        }

        var interest = await mutation.Db.OpportunityInterests
            .FirstOrDefaultAsync(i => i.OpportunityId == opportunity!.Id && i.ClusterId == cluster && i.WithdrawnAt == null, mutation.CancellationToken);
        if (interest is null)
        {
            return Payload.Failed(new NotFoundUserError("This cluster has no standing interest in this opportunity.", input.PathOf("opportunityId")));
        }

        interest.WithdrawnAt = mutation.Now;
        return await mutation.SaveAsync(opportunity);
    }

    /// <summary>The opportunity of <c>input.id</c>, checked for visibility, ownership and version.</summary>
    private static async Task<(Opportunity? Opportunity, Payload? Refusal)> LoadForChangeAsync(MutationInput input, MutationContext mutation, bool withLinks)
    {
        if (input.Id("id", "Opportunity") is not { } id)
        {
            return (null, Payload.Failed(input.Errors));
        }

        IQueryable<Opportunity> rows = mutation.Db.Opportunities;
        if (withLinks)
        {
            rows = rows.Include(o => o.Sectors).Include(o => o.TargetRegions);
        }

        var opportunity = await rows.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(o => o.Id == id, mutation.CancellationToken);
        if (opportunity is null)
        {
            return (null, Payload.Failed(new NotFoundUserError("No opportunity you can see has this id.", input.PathOf("id"))));
        }

        var refusal = mutation.RequireActingFor(opportunity.PostedById, input.PathOf("id"), "opportunities")
            ?? mutation.RequireVersion(opportunity, input.Required<int>("version"));
        return refusal is null ? (opportunity, null) : (null, Payload.Failed(refusal));
    }

    /// <summary>The opportunity and the interested cluster (an editor's own unless given), checked.</summary>
    private static async Task<(Opportunity? Opportunity, Guid Cluster, Payload? Refusal)> LoadInterestTargetAsync(MutationInput input, MutationContext mutation)
    {
        var opportunityId = input.Id("opportunityId", "Opportunity");
        var cluster = input.Has("clusterId") && input.Id("clusterId", "Cluster") is { } given ? given : mutation.Viewer.ClusterId;
        if (opportunityId is null || !input.IsValid)
        {
            return (null, default, Payload.Failed(input.Errors));
        }

        if (cluster is null)
        {
            return (null, default, Payload.Failed(new ValidationUserError("Say which cluster is interested.", input.PathOf("clusterId"))));
        }

        if (mutation.RequireActingFor(cluster.Value, input.PathOf("clusterId"), "interests") is { } forbidden)
        {
            return (null, default, Payload.Failed(forbidden));
        }

        if (await mutation.RequireMemberClusterAsync(cluster.Value, input.PathOf("clusterId")) is { } notMember)
        {
            return (null, default, Payload.Failed(notMember));
        }

        var opportunity = await mutation.Db.Opportunities.VisibleTo(mutation.Viewer).FirstOrDefaultAsync(o => o.Id == opportunityId, mutation.CancellationToken);
        return opportunity is null
            ? (null, default, Payload.Failed(new NotFoundUserError("No opportunity you can see has this id.", input.PathOf("opportunityId"))))
            : (opportunity, cluster.Value, null);
    }

    private static void CheckDeadline(MutationInput input, MutationContext mutation, DateOnly? deadline)
    {
        if (deadline is { } day && day < mutation.Today)
        {
            input.Invalid("deadline", $"The deadline {day:yyyy-MM-dd} has passed.");
        }
    }
}
