namespace Icn.Workflows.Runtime;

/// <summary>
/// An activity could not do its work (a condition broke a limit, an input is unusable): the burst is
/// rolled back and the instance faults with an incident carrying this message.
/// </summary>
public sealed class WorkflowFault(string message, Exception? inner = null) : Exception(message, inner);
