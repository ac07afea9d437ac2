using GraphQL;
using GraphQL.Types;
using Icn.Domain.Clusters;
using Icn.Domain.Events;
using Icn.Domain.Knowledge;
using Icn.Domain.Members;
using Icn.Domain.Opportunities;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Events;
using Icn.Graph.Knowledge;
using Icn.Graph.Members;
using Icn.Graph.Opportunities;
using Icn.Graph.Engine.Paging;
using Icn.GraphQL.Paging;
using Microsoft.EntityFrameworkCore;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.GraphQL.Errors;
using Icn.Graph.Obligations;
using Icn.Graph.Regions;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Search;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Graph.Sectors;

namespace Icn.Graph.Clusters;

internal sealed class ClusterType : ObjectGraphType<Cluster>
{
    public ClusterType()
    {
        this.ImplementNode("Cluster");
        Interface<SearchResultInterface>();
        Description = "A regional cleantech cluster: an organisation of companies, research institutions and public authorities, member of ICN.";
        Field(c => c.Slug).Description("The cluster's stable, URL-friendly name.");
        Field(c => c.Name).Description("The cluster's name.");
        Field(c => c.Description).Description("What the cluster is and does, in plain text.");
        Field<NonNullGraphType<RegionType>>("region")
            .Description("The world region the cluster belongs to.")
            // The list's page query may have read it already (ReferencePreload).
            .Resolve(context => (object?)context.Source.Region ?? context.Loaders<RegionDataLoaders>().ById.LoadOrKnown(context.Source.RegionId));
        Field<NonNullGraphType<CountryCodeGraphType>>("countryCode")
            .Description("The country the cluster is based in.")
            .Resolve(context => context.Source.CountryCode);
        Field(c => c.City, nullable: true).Description("The city the cluster is based in.");
        Field<UrlGraphType>("website").Description("The cluster's own website.").Resolve(context => context.Source.Website);
        Field<UrlGraphType>("logoUrl").Description("An image of the cluster's logo.").Resolve(context => context.Source.LogoUrl);
        Field(c => c.FoundedYear, nullable: true).Description("The year the cluster was founded.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("sectors")
            .Description("The cleantech sectors the cluster focuses on, by name.")
            .Resolve(context => context.Loaders<SectorDataLoaders>().OfCluster.LoadOrKnown(context.Source.Id));
        Field(c => c.MemberCount).Description("The size of the cluster's own member base (organisations), as the cluster reports it.");
        Field<NonNullGraphType<TripleHelixType>>("helix")
            .Description("How the cluster's member base divides into the three strands of the triple helix.")
            .Resolve(context => context.Source.Helix);
        Field(c => c.InternationalStrategy, nullable: true).Description("A summary of the cluster's international strategy.");
        Field<NonNullGraphType<MembershipType>>("membership")
            .Description("The cluster's membership in ICN: its status and since when.")
            .Resolve(context => context.Source.Membership);
        this.AddNestedConnection<Cluster, MemberType, Member>(
            "members", "The organisations that belong to the cluster.", MemberList.Definition,
            m => m.ClusterId, (db, viewer) => db.Members.AsNoTracking().VisibleTo(viewer));
        this.AddNestedConnection<Cluster, OpportunityType, Opportunity>(
            "opportunities", "The opportunities the cluster has shared.", OpportunityList.Definition,
            o => o.PostedById, (db, viewer) => db.Opportunities.AsNoTracking().VisibleTo(viewer));
        this.AddNestedConnection<Cluster, EventType, NetworkEvent>(
            "events", "The events the cluster hosts.", EventList.Definition,
            e => e.HostId, (db, viewer) => db.Events.AsNoTracking().VisibleTo(viewer));
        this.AddNestedConnection<Cluster, ArticleType, Article>(
            "articles", "The articles the cluster has written.", ArticleList.Definition,
            a => a.AuthorId, (db, viewer) => db.Articles.AsNoTracking().VisibleTo(viewer));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BenchmarkType>>>>("benchmarks")
            .Description("The cluster's yearly benchmarks, the latest year first. Restricted: a staff account; the network's staff see every cluster's, an editor only their own cluster's (empty for any other).")
            .AuthorizeWithPolicy(AccessPolicies.Staff)
            .Resolve(context => context.RequestServices!.GetRequiredService<Viewer>().MayReadBenchmarksOf(context.Source.Id)
                ? context.Loaders<BenchmarkDataLoaders>().OfCluster.Load(context.Source.Id)
                : Array.Empty<Icn.Domain.Obligations.Benchmark>());
        Field<ContactType>("contact")
            .Description("The cluster's contact person. Restricted to staff: asking without a staff account refuses the whole request; an editor reads only their own cluster's (others are null with a FORBIDDEN error).")
            .AuthorizeWithPolicy(AccessPolicies.Staff)
            .Resolve(context =>
            {
                var viewer = context.RequestServices!.GetRequiredService<Viewer>();
                return viewer.SeesRestrictedData || viewer.MayActFor(context.Source.Id)
                    ? context.Source.Contact
                    : throw new ExecutionError("An editor reads only their own cluster's contact.") { Code = ErrorCodes.Forbidden };
            });
    }
}
