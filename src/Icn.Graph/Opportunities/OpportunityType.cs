using GraphQL;
using GraphQL.Types;
using Icn.Domain.Opportunities;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Content;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Icn.Graph.Regions;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Search;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Graph.Sectors;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Opportunities;

internal sealed class OpportunityType : ObjectGraphType<Opportunity>
{
    public OpportunityType()
    {
        this.ImplementNode("Opportunity");
        Interface<SearchResultInterface>();
        Description = "A business opportunity one cluster shares with the network.";
        Field(o => o.Title).Description("The opportunity's title.");
        Field(o => o.Summary).Description("A short summary in plain text, for lists.");
        Field<NonNullGraphType<MarkdownGraphType>>("body").Description("The full text, in Markdown.").Resolve(context => context.Source.Body);
        Field<NonNullGraphType<StringGraphType>>("bodyHtml")
            .Description("The full text rendered to sanitised HTML.")
            .Resolve(context => context.RequestServices!.GetRequiredService<MarkdownHtml>().Render(context.Source.Body));
        Field<NonNullGraphType<OpportunityKindGraphType>>("kind").Description("What the opportunity is about.").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<OpportunityStatusGraphType>>("status").Description("Where the opportunity is in its life.").Resolve(context => context.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("sectors")
            .Description("The cleantech sectors the opportunity concerns, by name.")
            .Resolve(context => context.Loaders<SectorDataLoaders>().OfOpportunity.LoadOrKnown(context.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("targetRegions")
            .Description("The regions the opportunity is aimed at, by name; empty for the whole network.")
            .Resolve(context => context.Loaders<RegionDataLoaders>().TargetRegionsOfOpportunity.Load(context.Source.Id));
        Field<NonNullGraphType<ClusterType>>("postedBy")
            .Description("The cluster that shared the opportunity.")
            // The list's page query may have read it already (ReferencePreload).
            .Resolve(context => (object?)context.Source.PostedBy ?? context.Loaders<ClusterDataLoaders>().ById.LoadOrKnown(context.Source.PostedById));
        Field(o => o.PublishedAt, nullable: true).Description("When the opportunity was published; null for a draft.");
        Field(o => o.Deadline, nullable: true).Description("The last day on which answers are welcome.");
        Field<NonNullGraphType<IntGraphType>>("interestCount")
            .Description("How many clusters have expressed interest. Who they are is visible to the posting cluster and the Secretariat only.")
            .Resolve(context => context.Loaders<OpportunityDataLoaders>().InterestCount.Load(context.Source.Id));
        this.AddNestedConnection<Opportunity, InterestType, OpportunityInterest>(
                "interests",
                "The clusters' interests in the opportunity, withdrawn ones included. Restricted: a staff account to ask (checked before execution), "
                + "and only the posting cluster's editor, SECRETARIAT and ADMIN get them; anyone else gets null and a FORBIDDEN error on this path.",
                InterestList.Definition,
                i => i.OpportunityId,
                (db, viewer) => db.OpportunityInterests.AsNoTracking().VisibleTo(viewer))
            .AuthorizeWithPolicy(AccessPolicies.Staff)
            .ReadableOnlyWhere<Opportunity>(
                (viewer, opportunity) => viewer.MayActFor(opportunity.PostedById),
                "Only the posting cluster's editor and the Secretariat read the interests in an opportunity.");
    }
}
