using GraphQL.Types;
using Icn.Domain.Members;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Search;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Icn.Graph.Sectors;

namespace Icn.Graph.Members;

internal sealed class MemberType : ObjectGraphType<Member>
{
    public MemberType()
    {
        this.ImplementNode("Member");
        Interface<SearchResultInterface>();
        Description = "An organisation that belongs to a cluster: a company, research institution, public authority or other.";
        Field(m => m.Name).Description("The organisation's name.");
        Field<NonNullGraphType<MemberKindGraphType>>("kind")
            .Description("Which strand of the triple helix the organisation belongs to.")
            .Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<ClusterType>>("cluster")
            .Description("The cluster the organisation is a member of.")
            // The list's page query may have read it already (ReferencePreload).
            .Resolve(context => (object?)context.Source.Cluster ?? context.Loaders<ClusterDataLoaders>().ById.LoadOrKnown(context.Source.ClusterId));
        Field<CountryCodeGraphType>("countryCode").Description("The country the organisation is based in.").Resolve(context => context.Source.CountryCode);
        Field<UrlGraphType>("website").Description("The organisation's website.").Resolve(context => context.Source.Website);
        Field(m => m.Description, nullable: true).Description("What the organisation does, in plain text.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("sectors")
            .Description("The cleantech sectors the organisation works in, by name.")
            .Resolve(context => context.Loaders<SectorDataLoaders>().OfMember.LoadOrKnown(context.Source.Id));
    }
}
