namespace Icn.Workflows;

/// <summary>
/// The workflow runtime (definitions, bursts, bookmarks, timers, journal) lands here with its own
/// issue; this marker lets the host reference the assembly and find its types by scanning.
/// </summary>
public static class WorkflowsAssembly
{
    public static System.Reflection.Assembly Assembly => typeof(WorkflowsAssembly).Assembly;
}
