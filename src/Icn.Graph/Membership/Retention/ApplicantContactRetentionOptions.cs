namespace Icn.Graph.Membership.Retention;

/// <summary>How long an applicant's contact details outlive a rejected or withdrawn application (configuration section "Applications").</summary>
internal sealed class ApplicantContactRetentionOptions
{
    public const string Section = "Applications";

    /// <summary>Months after the decision (DOMAIN.md: 12 by default).</summary>
    public int ContactRetentionMonths { get; set; } = 12;

    /// <summary>Erase expired contact details in this process. Any number of processes may; erasure is idempotent.</summary>
    public bool EraseExpiredContacts { get; set; } = true;

    /// <summary>How often the sweep looks for applications past their retention.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
