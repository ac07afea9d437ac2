using System.ComponentModel;
using Icn.Domain.Membership;
using Icn.Graph.Engine.Mutations;

namespace Icn.Graph.Membership;

/// <summary>The input of recordFeePayment: the invoice, by its id or by its cluster and year, and the payment.</summary>
internal sealed record RecordFeePaymentInput
{
    [Id("FeeInvoice"), Description("The invoice; or give `clusterId` and `year` instead.")]
    public Guid? InvoiceId { get; init; }

    [Id("Cluster"), Description("The invoiced cluster, with `year`, instead of `invoiceId`.")]
    public Guid? ClusterId { get; init; }

    [Description("The membership year of the invoice, with `clusterId`.")]
    public int? Year { get; init; }

    [Description("When the payment was received; not in the future.")]
    public DateTime PaidAt { get; init; }

    [Text(FeeInvoice.PaymentReferenceLength), Description("The payment's reference, at most {max} characters.")]
    public string PaymentReference { get; init; } = "";
}
