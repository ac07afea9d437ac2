using GraphQL.Types;
using Icn.Domain.Common;

namespace Icn.Graph.Membership;

internal sealed class MoneyType : ObjectGraphType<Money>
{
    public MoneyType()
    {
        Name = "Money";
        Description = "An amount of money: whole minor units (cents) of an ISO 4217 currency, never a floating point number.";
        // GraphQL's Int holds 32 bits: up to 21 million euros in cents, far above any fee the network invoices.
        Field<NonNullGraphType<IntGraphType>>("amountMinor")
            .Description("The amount in minor units, e.g. 1000000 for EUR 10,000.00.")
            .Resolve(context => checked((int)context.Source.AmountMinor));
        Field(m => m.Currency).Description("The ISO 4217 currency code, e.g. \"EUR\".");
    }
}
