using GraphQL.Types;
using Icn.Domain.Membership;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Mutations;
using Icn.Graph.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary>The Secretariat records the payment of a cluster's annual fee; an invoice is paid once.</summary>
internal sealed class FeeMutations : IMutationFields
{
    private const int ReferenceLength = 120;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("recordFeePayment", "Records that a fee invoice was paid. Name the invoice by `invoiceId`, or by `clusterId` and `year`; an invoice already paid gets a ConflictError.")
            .Input(input =>
            {
                input.Field<IdGraphType>("invoiceId").Description("The invoice; or give `clusterId` and `year` instead.");
                input.Field<IdGraphType>("clusterId").Description("The invoiced cluster, with `year`, instead of `invoiceId`.");
                input.Field<IntGraphType>("year").Description("The membership year of the invoice, with `clusterId`.");
                input.Field<NonNullGraphType<InstantGraphType>>("paidAt").Description("When the payment was received; not in the future.");
                input.Field<NonNullGraphType<StringGraphType>>("paymentReference").Description($"The payment's reference, at most {ReferenceLength} characters.");
            })
            .Returns<FeeInvoiceType>("invoice", "The invoice, now paid.")
            .Authorize(AccessPolicies.Secretariat)
            .Resolve(RecordPaymentAsync);
    }

    private static async Task<Payload> RecordPaymentAsync(MutationInput input, MutationContext mutation)
    {
        var paidAt = input.Instant("paidAt");
        var reference = input.Text("paymentReference", ReferenceLength);
        if (paidAt > mutation.Now)
        {
            input.Invalid("paidAt", "A payment cannot be recorded before it was received: 'paidAt' is in the future.");
        }

        var (invoice, refusal) = await FindInvoiceAsync(input, mutation);
        if (invoice is null)
        {
            return refusal!;
        }

        if (invoice.PaidAt is not null)
        {
            return Payload.Failed(new ConflictUserError(
                $"This invoice was already paid on {invoice.PaidAt:yyyy-MM-dd} (reference {invoice.PaymentReference ?? "none"}).",
                input.PathOf(input.Has("invoiceId") ? "invoiceId" : "clusterId")));
        }

        invoice.PaidAt = paidAt;
        invoice.PaymentReference = reference;
        // Two payments recorded at once both find the invoice unpaid; the version in the UPDATE's
        // WHERE makes the second fail, and SaveAsync answers it with a ConflictError.
        return await mutation.SaveAsync(invoice);
    }

    /// <summary>The invoice named by <c>invoiceId</c>, or by <c>clusterId</c> and <c>year</c> — exactly one of the two ways.</summary>
    private static async Task<(FeeInvoice? Invoice, Payload? Refusal)> FindInvoiceAsync(MutationInput input, MutationContext mutation)
    {
        var byId = Given(input, "invoiceId");
        var byClusterAndYear = Given(input, "clusterId") || input.Value<int>("year") is not null;
        if (byId == byClusterAndYear)
        {
            input.Invalid("invoiceId", "Name the invoice either by 'invoiceId' or by 'clusterId' and 'year'.");
            return (null, Payload.Failed(input.Errors));
        }

        IQueryable<FeeInvoice> invoices = mutation.Db.FeeInvoices.VisibleTo(mutation.Viewer);
        var path = byId ? "invoiceId" : "clusterId";
        if (byId)
        {
            var id = input.Id("invoiceId", "FeeInvoice");
            invoices = invoices.Where(i => i.Id == id);
        }
        else
        {
            var clusterId = input.Id("clusterId", "Cluster");
            var year = input.Value<int>("year");
            if (!Given(input, "clusterId") || year is null)
            {
                input.Invalid(year is null ? "year" : "clusterId", "Give both 'clusterId' and 'year'.");
            }

            invoices = invoices.Where(i => i.ClusterId == clusterId && i.Year == year);
        }

        if (!input.IsValid)
        {
            return (null, Payload.Failed(input.Errors));
        }

        var invoice = await invoices.FirstOrDefaultAsync(mutation.CancellationToken);
        return invoice is null
            ? (null, Payload.Failed(new NotFoundUserError("No fee invoice matches.", input.PathOf(path))))
            : (invoice, null);
    }

    /// <summary>Whether an id field holds a value (absent and explicit null both mean "not this way").</summary>
    private static bool Given(MutationInput input, string idField) => input.Text(idField, 1000, required: false) is not null;
}
