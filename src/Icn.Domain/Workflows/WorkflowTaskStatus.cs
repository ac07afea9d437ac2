namespace Icn.Domain.Workflows;

public enum WorkflowTaskStatus
{
    Open,
    Completed,

    /// <summary>No longer needed: its branch was cancelled, its group decided without it, or its instance stopped.</summary>
    Cancelled,
}
