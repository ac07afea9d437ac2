using GraphQL;
using GraphQL.Types;
using Icn.Domain.Obligations;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Obligations;

/// <summary>
/// A cluster's yearly self-assessment. Restricted on two levels: the type admits staff accounts
/// only (checked before execution), and every way of reaching a row (node, the cluster's list, the
/// submit payload) hands out only rows of <see cref="BenchmarkVisibility"/>: the network's staff
/// see all, an editor their own cluster's.
/// </summary>
internal sealed class BenchmarkType : ObjectGraphType<Benchmark>
{
    public BenchmarkType()
    {
        this.ImplementNode("Benchmark");
        Description = "A cluster's yearly self-assessment, comparable across the network. Restricted: the network's staff, and the cluster's own editors.";
        this.AuthorizeWithPolicy(AccessPolicies.Staff);
        Field<NonNullGraphType<ClusterType>>("cluster")
            .Description("The cluster assessed.")
            .Resolve(context => context.Loaders<ClusterDataLoaders>().ById.Load(context.Source.ClusterId));
        Field(b => b.Year).Description("The year the figures describe.");
        Field(b => b.MemberCount).Description("The size of the cluster's member base in that year.");
        Field<NonNullGraphType<TurnoverBandGraphType>>("turnoverBand")
            .Description("The cluster organisation's turnover in that year, as a band.")
            .Resolve(context => context.Source.TurnoverBand);
        Field(b => b.InternationalProjects).Description("International projects the cluster took part in that year.");
        Field(b => b.EventsAttended).Description("ICN events the cluster attended that year.");
        Field(b => b.StaffFullTimeEquivalents).Description("The cluster organisation's staff, in full-time equivalents.");
        Field(b => b.SubmittedAt).Description("When the figures were last submitted.");
    }
}
