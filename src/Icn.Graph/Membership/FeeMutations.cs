using GraphQL.Types;
using Icn.Domain.Membership;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Mutations;
using Icn.Graph.Engine.Scalars;
using Icn.GraphQL.Scalars;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary>
/// The Secretariat records the payment of a cluster's annual fee. The input is in FeeInputs.cs, the
/// rule that an invoice is paid once, and not ahead of time, in <see cref="FeeInvoice"/>.
/// </summary>
internal sealed class FeeMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<RecordFeePaymentInput>("recordFeePayment", "Records that a fee invoice was paid. Name the invoice by `invoiceId`, or by `clusterId` and `year`; an invoice already paid gets a ConflictError.")
            .Returns<FeeInvoiceType>("invoice", "The invoice, now paid.")
            .Authorize(AccessPolicies.Secretariat)
            .Resolve(RecordPaymentAsync);
    }

    private static async Task<Payload> RecordPaymentAsync(RecordFeePaymentInput input, MutationContext mutation)
    {
        if (FeeInvoice.CheckPaidAt(input.PaidAt, mutation.Now) is { } future)
        {
            mutation.Reject(future, nameof(input.PaidAt));
        }

        var (invoice, refusal, named) = await FindInvoiceAsync(input, mutation);
        if (invoice is null)
        {
            return refusal!;
        }

        // Two payments recorded at once both find the invoice unpaid; the version in the UPDATE's
        // WHERE makes the second fail, and SaveAsync answers it with a ConflictError.
        return invoice.RecordPayment(input.PaidAt, input.PaymentReference, mutation.Now) is { } paid
            ? mutation.Refused(paid, named)
            : await mutation.SaveAsync(invoice);
    }

    /// <summary>
    /// The invoice named by <c>invoiceId</c>, or by <c>clusterId</c> and <c>year</c> — exactly one of the
    /// two ways — and the property that named it, where a refusal is reported.
    /// </summary>
    private static async Task<(FeeInvoice? Invoice, Payload? Refusal, string Named)> FindInvoiceAsync(RecordFeePaymentInput input, MutationContext mutation)
    {
        var byId = Given(mutation, input.InvoiceId, nameof(input.InvoiceId));
        var byClusterAndYear = Given(mutation, input.ClusterId, nameof(input.ClusterId)) || input.Year is not null;
        if (byId == byClusterAndYear)
        {
            mutation.Invalid(nameof(input.InvoiceId), "Name the invoice either by 'invoiceId' or by 'clusterId' and 'year'.");
            return (null, mutation.Failure, nameof(input.InvoiceId));
        }

        IQueryable<FeeInvoice> invoices = mutation.Db.FeeInvoices.VisibleTo(mutation.Viewer);
        var named = byId ? nameof(input.InvoiceId) : nameof(input.ClusterId);
        if (byId)
        {
            invoices = invoices.Where(i => i.Id == input.InvoiceId);
        }
        else
        {
            if (!Given(mutation, input.ClusterId, nameof(input.ClusterId)) || input.Year is null)
            {
                mutation.Invalid(input.Year is null ? nameof(input.Year) : nameof(input.ClusterId), "Give both 'clusterId' and 'year'.");
            }

            invoices = invoices.Where(i => i.ClusterId == input.ClusterId && i.Year == input.Year);
        }

        if (!mutation.InputIsValid)
        {
            return (null, mutation.Failure, named);
        }

        var invoice = await invoices.FirstOrDefaultAsync(mutation.CancellationToken);
        return invoice is null
            ? (null, Payload.Failed(new NotFoundUserError("No fee invoice matches.", mutation.PathOf(named))), named)
            : (invoice, null, named);
    }

    /// <summary>Whether an id field was sent with a value, even one that is not a valid id (absent and explicit null both mean "not this way").</summary>
    private static bool Given(MutationContext mutation, Guid? id, string property) => id is not null || mutation.Failed(property);
}
