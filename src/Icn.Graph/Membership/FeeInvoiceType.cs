using GraphQL;
using GraphQL.Types;
using Icn.Domain.Membership;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Clusters;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;

namespace Icn.Graph.Membership;

/// <summary>A cluster's annual fee invoice. Fees are never public; row visibility narrows editors to their own cluster's.</summary>
internal sealed class FeeInvoiceType : ObjectGraphType<FeeInvoice>
{
    public FeeInvoiceType()
    {
        this.ImplementNode("FeeInvoice");
        Description = "A cluster's annual membership fee for one year, and its payment. Restricted: ADMIN, SECRETARIAT, BOARD and the cluster's own editor.";
        this.AuthorizeWithPolicy(AccessPolicies.Staff);
        Field<NonNullGraphType<ClusterType>>("cluster")
            .Description("The invoiced cluster.")
            .Resolve(context => context.Loaders<ClusterDataLoaders>().ById.Load(context.Source.ClusterId));
        Field(i => i.Year).Description("The membership year the fee is for.");
        Field<NonNullGraphType<MoneyType>>("amount").Description("The fee.").Resolve(context => context.Source.Amount);
        Field(i => i.IssuedOn).Description("The day the invoice was issued.");
        Field(i => i.DueOn).Description("The day the fee is due.");
        Field(i => i.PaidAt, nullable: true).Description("When the fee was paid; null while unpaid.");
        Field(i => i.PaymentReference, nullable: true).Description("The payment's reference (a bank transfer's), as the Secretariat recorded it.");
    }
}
