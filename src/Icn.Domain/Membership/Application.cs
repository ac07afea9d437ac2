using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Membership;

/// <summary>
/// A cluster's application for membership. The cluster itself is a row from the start, with the
/// membership status APPLICANT (not public); approval makes it a MEMBER. The applicant has no
/// account: they follow the application with a token whose hash is kept here. Votes and history
/// are not stored twice: they are the workflow's tasks and journal about this application.
/// </summary>
public sealed class Application : Entity
{
    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public ApplicationStatus Status { get; set; } = ApplicationStatus.Submitted;

    /// <summary>The applicant's contact person: personal data, erased from rejected and withdrawn applications after the retention period.</summary>
    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>When the contact details were erased; null while kept.</summary>
    public DateTime? ContactErasedAt { get; set; }

    public List<ApplicationEvidence> Evidence { get; set; } = [];

    /// <summary>SHA-256 of the applicant token (shown once, at submission), hex.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The Secretariat's notes from screening.</summary>
    public string? SecretariatNotes { get; set; }

    /// <summary>What the Secretariat asked the applicant, while or after information was requested.</summary>
    public string? InformationRequest { get; set; }

    /// <summary>The applicant's answer to it.</summary>
    public string? InformationResponse { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>When it was approved, rejected or withdrawn.</summary>
    public DateTime? DecidedAt { get; set; }

    /// <summary>Why it was rejected (told to the applicant) or withdrawn.</summary>
    public string? DecisionReason { get; set; }
}
