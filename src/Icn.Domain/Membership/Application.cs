using Icn.Domain.Clusters;
using Icn.Domain.Common;

namespace Icn.Domain.Membership;

/// <summary>
/// A cluster's application for membership. The cluster itself is a row from the start, with the
/// membership status APPLICANT (not public); approval makes it a MEMBER. The applicant has no
/// account: they follow the application with a token whose hash is kept here. Votes and history
/// are not stored twice: they are the workflow's tasks and journal about this application.
/// Its life's rules are its methods; nothing else sets its status or its decision.
/// </summary>
public sealed class Application : Entity
{
    public const int ContactNameLength = 200;
    public const int ContactEmailLength = 320;
    public const int TokenHashLength = 64;

    /// <summary>The Secretariat's notes, its question and the applicant's answer.</summary>
    public const int NotesLength = 8000;

    /// <summary>A decision's reason: the Board's or Secretariat's words on a rejection, or why it was withdrawn.</summary>
    public const int DecisionReasonLength = 4000;

    /// <summary>The reason an applicant may give when withdrawing: shorter than the column, which also holds the Board's reasons.</summary>
    public const int WithdrawalReasonLength = 2000;

    // Created in any state (history, tests); changed only by the methods below, through the fields.
    private ApplicationStatus status = ApplicationStatus.Submitted;
    private DateTime? decidedAt;
    private string? decisionReason;
    private string? informationRequest;
    private string? informationResponse;
    private DateTime? contactErasedAt;

    public Guid ClusterId { get; set; }

    public Cluster? Cluster { get; set; }

    public ApplicationStatus Status { get => status; init => status = value; }

    /// <summary>The applicant's contact person: personal data, erased from rejected and withdrawn applications after the retention period.</summary>
    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>When the contact details were erased; null while kept.</summary>
    public DateTime? ContactErasedAt { get => contactErasedAt; init => contactErasedAt = value; }

    public List<ApplicationEvidence> Evidence { get; set; } = [];

    /// <summary>SHA-256 of the applicant token (shown once, at submission), hex.</summary>
    public required string TokenHash { get; set; }

    /// <summary>The Secretariat's notes from screening.</summary>
    public string? SecretariatNotes { get; set; }

    /// <summary>What the Secretariat asked the applicant, while or after information was requested.</summary>
    public string? InformationRequest { get => informationRequest; init => informationRequest = value; }

    /// <summary>The applicant's answer to it.</summary>
    public string? InformationResponse { get => informationResponse; init => informationResponse = value; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>When it was approved, rejected or withdrawn.</summary>
    public DateTime? DecidedAt { get => decidedAt; init => decidedAt = value; }

    /// <summary>Why it was rejected (told to the applicant) or withdrawn.</summary>
    public string? DecisionReason { get => decisionReason; init => decisionReason = value; }

    /// <summary>A new application, SUBMITTED at <paramref name="now"/>, of a cluster that is an APPLICANT until it is decided.</summary>
    public static Application Submit(Cluster applicant, string tokenHash, string contactName, string contactEmail, List<ApplicationEvidence> evidence, DateTime now) => new()
    {
        Cluster = applicant,
        TokenHash = tokenHash,
        ContactName = contactName,
        ContactEmail = contactEmail,
        Evidence = evidence,
        SubmittedAt = now,
    };

    /// <summary>The Secretariat starts (or, after the applicant's answer, resumes) screening it.</summary>
    public RuleBreak? StartScreening() => MoveTo(ApplicationStatus.Screening);

    /// <summary>The Secretariat asks the applicant for more; an earlier answer no longer counts.</summary>
    public RuleBreak? RequestInformation(string? question)
    {
        if (MoveTo(ApplicationStatus.InformationRequested) is { } refused)
        {
            return refused;
        }

        informationRequest = question;
        informationResponse = null;
        return null;
    }

    /// <summary>The applicant answers the Secretariat's question; only while one is waiting for an answer.</summary>
    public RuleBreak? AnswerInformationRequest(string response)
    {
        if (Status != ApplicationStatus.InformationRequested)
        {
            return RuleBreak.Conflict($"The application is {Status.Name()}; it waits for no information from you.");
        }

        informationResponse = response;
        return null;
    }

    /// <summary>The Secretariat hands it to the Board to vote on.</summary>
    public RuleBreak? ReferToBoard() => MoveTo(ApplicationStatus.WithBoard);

    /// <summary>Approved: the applicant's cluster becomes a member (<see cref="ClusterMembership.Admit"/>).</summary>
    public RuleBreak? Approve(DateTime now) => Decide(ApplicationStatus.Approved, reason: null, now);

    /// <summary>Rejected, with the reason told to the applicant.</summary>
    public RuleBreak? Reject(string? reason, DateTime now) => Decide(ApplicationStatus.Rejected, reason, now);

    /// <summary>Withdrawn, by its applicant or because they did not answer in time; only while still in progress.</summary>
    public RuleBreak? Withdraw(string? reason, DateTime now) => CheckWithdrawable() ?? Decide(ApplicationStatus.Withdrawn, reason, now);

    /// <summary>Whether <see cref="Withdraw"/> would be refused, for a caller that stops the workflows before it withdraws.</summary>
    public RuleBreak? CheckWithdrawable() =>
        Status.IsDecided() ? RuleBreak.Conflict($"The application is already {Status.Name()}; only one in progress can be withdrawn.") : null;

    /// <summary>
    /// Erases the applicant's contact details, and <paramref name="scrub"/>s them out of the texts
    /// written about the application; once, and only when decided, since until then the workflow
    /// writes to the applicant. What was decided, and why, stays.
    /// </summary>
    public RuleBreak? EraseContact(Func<string?, string?> scrub, DateTime now)
    {
        if (ContactErasedAt is { } erasedAt)
        {
            return RuleBreak.Conflict($"Its contact details were already erased on {erasedAt:yyyy-MM-dd}.");
        }

        if (!Status.IsDecided())
        {
            return RuleBreak.Conflict($"The application is {Status.Name()}, still in progress: the workflow writes to its applicant. It can be erased once decided, or withdrawn by its applicant.");
        }

        ContactName = null;
        ContactEmail = null;
        contactErasedAt = now;
        informationRequest = scrub(informationRequest);
        informationResponse = scrub(informationResponse);
        decisionReason = scrub(decisionReason);
        SecretariatNotes = scrub(SecretariatNotes);
        return null;
    }

    private RuleBreak? Decide(ApplicationStatus decision, string? reason, DateTime now)
    {
        if (MoveTo(decision) is { } refused)
        {
            return refused;
        }

        decidedAt = now;
        decisionReason = reason;
        return null;
    }

    /// <summary>A decided application is final: the workflow is done with it and nothing moves it again.</summary>
    private RuleBreak? MoveTo(ApplicationStatus target)
    {
        if (Status.IsDecided())
        {
            return RuleBreak.Conflict($"The application is already {Status.Name()}; it cannot become {target.Name()}.");
        }

        status = target;
        return null;
    }
}
