using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Membership;

/// <summary>The annual membership fee of one cluster for one membership year, and its payment.</summary>
public sealed class FeeInvoice : Entity
{
    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public int Year { get; set; }

    public Money Amount { get; set; } = new();

    public DateOnly IssuedOn { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>Null while unpaid.</summary>
    public DateTime? PaidAt { get; set; }

    public string? PaymentReference { get; set; }
}
