using GraphQL;
using GraphQL.Types;
using Icn.Domain.Obligations;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;

namespace Icn.Graph.Obligations;

/// <summary>One cluster's standing on one obligation in one year. Restricted to staff, like fees: the query decides whose rows a caller gets.</summary>
internal sealed class ObligationStatusType : ObjectGraphType<ObligationStatus>
{
    public ObligationStatusType()
    {
        Name = "ObligationStatus";
        Description = "Where a member cluster stands on one obligation in one membership year, computed from the network's records (never stored). Restricted: the network's staff, and a cluster's own editor.";
        this.AuthorizeWithPolicy(AccessPolicies.Staff);
        Field<NonNullGraphType<ClusterType>>("cluster")
            .Description("The member cluster the obligation is owed by.")
            .Resolve(context => context.RequestServices!.GetRequiredService<ClusterDataLoaders>().ById.Load(context.Source.ClusterId));
        Field(s => s.Year).Description("The membership year.");
        Field<NonNullGraphType<ObligationKindGraphType>>("kind").Description("Which obligation.").Resolve(context => context.Source.Kind);
        Field(s => s.Met).Description("Whether the records show it met.");
        Field<CalendarDateGraphType>("due")
            .Description("The day by which it must be met: the fee invoice's due day; for news, the end of the first quarter without a news article (the year's last quarter end once met); for the others, a configured day (the year's end by default). Null for the fee while no invoice is issued.")
            .Resolve(context => context.Source.Due);
        Field(s => s.Late).Description("The due day has passed (today, UTC, is after it) and it is not met. Met late (a fee paid after its due day) is met, not late.");
        Field(s => s.Summary).Description("One line for a person: what is met and what is missing, e.g. \"Unpaid: overdue since 2026-02-15.\"");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObligationEvidenceType>>>>("evidence")
            .Description("The records that count towards it, oldest first; an unpaid invoice is listed too, as what is owed.")
            .Resolve(context => context.Source.Evidence);
    }
}
