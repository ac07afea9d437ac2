namespace Icn.Domain.Workflows;

/// <summary>
/// A human task in someone's inbox, made by a HumanTask activity: for one user, for a role (one
/// holder claims it), or one of a group (one per holder of a role). Kept after completion as the
/// record of who decided what.
/// </summary>
public sealed class WorkflowTask : IKeepsOwnHistory
{
    public const int OutcomeLength = 100;
    public const int CommentLength = 4000;

    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>The bookmark the task's activity waits on; shared by a group's tasks.</summary>
    public Guid BookmarkId { get; set; }

    public required string ActivityId { get; set; }

    public required string Title { get; set; }

    /// <summary>The user it is for; null for a role's task until someone claims it.</summary>
    public Guid? AssigneeUserId { get; set; }

    /// <summary>The role whose holders may take it, for a role's task.</summary>
    public string? AssigneeRole { get; set; }

    public List<string> Outcomes { get; set; } = [];

    /// <summary>The fields to fill in, a JSON array of { name, label, type, required }.</summary>
    public string FormFields { get; set; } = "[]";

    public DateTime? DueAt { get; set; }

    /// <summary>The global id of the Node the task is about.</summary>
    public string? SubjectId { get; set; }

    // Created open (or in any state, in tests); changed only by Complete and Cancel, through the field.
    private WorkflowTaskStatus status;

    public WorkflowTaskStatus Status { get => status; init => status = value; }

    public Guid? CompletedById { get; set; }

    public string? Outcome { get; set; }

    public string? Comment { get; set; }

    /// <summary>The form's answers, a JSON object.</summary>
    public string? Data { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    /// <summary>
    /// Someone answered the task: the outcome, their comment and the form's answers are kept, and a
    /// role's task is theirs from now on. The runtime checked the caller and the answer before.
    /// </summary>
    public void Complete(Guid completedById, string? outcome, string? comment, string? data, DateTime now)
    {
        status = WorkflowTaskStatus.Completed;
        Outcome = outcome;
        Comment = comment;
        Data = data;
        CompletedById = completedById;
        CompletedAt = now;
        AssigneeUserId ??= completedById;
    }

    /// <summary>The task is no longer asked for (the workflow moved on, or its holder's role ended).</summary>
    public void Cancel(DateTime now)
    {
        status = WorkflowTaskStatus.Cancelled;
        CompletedAt = now;
    }
}
