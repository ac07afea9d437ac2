using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Membership;

/// <summary>
/// The annual membership fee of one cluster for one membership year, and its payment. Created in
/// any state (history, tests); paid only through <see cref="RecordPayment"/>, once.
/// </summary>
public sealed class FeeInvoice : Entity
{
    public const int PaymentReferenceLength = 120;

    private DateTime? paidAt;
    private string? paymentReference;

    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public int Year { get; set; }

    public Money Amount { get; set; } = new();

    public DateOnly IssuedOn { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>Null while unpaid.</summary>
    public DateTime? PaidAt { get => paidAt; init => paidAt = value; }

    public string? PaymentReference { get => paymentReference; init => paymentReference = value; }

    /// <summary>A payment is recorded once it was received, never ahead of it.</summary>
    public static RuleBreak? CheckPaidAt(DateTime paidAt, DateTime now) =>
        paidAt > now ? RuleBreak.Invalid("A payment cannot be recorded before it was received: 'paidAt' is in the future.") : null;

    /// <summary>The invoice was paid at <paramref name="when"/>, with <paramref name="reference"/>; an invoice is paid once.</summary>
    public RuleBreak? RecordPayment(DateTime when, string reference, DateTime now)
    {
        if (CheckPaidAt(when, now) is { } future)
        {
            return future;
        }

        if (PaidAt is not null)
        {
            return RuleBreak.Conflict($"This invoice was already paid on {PaidAt:yyyy-MM-dd} (reference {PaymentReference ?? "none"}).");
        }

        paidAt = when;
        paymentReference = reference;
        return null;
    }
}
