using GraphQL;
using GraphQL.Types;
using Icn.Domain.Opportunities;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;

namespace Icn.Graph.Opportunities;

/// <summary>A cluster's interest in another cluster's opportunity: for the posting cluster and the Secretariat only.</summary>
internal sealed class InterestType : ObjectGraphType<OpportunityInterest>
{
    public InterestType()
    {
        this.ImplementNode("Interest");
        Description = "A cluster's interest in an opportunity. Restricted: the posting cluster's editor, SECRETARIAT and ADMIN.";
        this.AuthorizeWithPolicy(AccessPolicies.Staff);
        Field<NonNullGraphType<ClusterType>>("cluster")
            .Description("The interested cluster.")
            .Resolve(context => context.Loaders<ClusterDataLoaders>().ById.Load(context.Source.ClusterId));
        Field(i => i.Message).Description("What the interested cluster offers or asks.");
        Field<NonNullGraphType<InstantGraphType>>("expressedAt").Description("When the interest was expressed.").Resolve(context => context.Source.CreatedAt);
        Field(i => i.WithdrawnAt, nullable: true).Description("When the interest was withdrawn; null while it stands.");
    }
}
