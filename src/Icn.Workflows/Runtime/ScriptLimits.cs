namespace Icn.Workflows.Runtime;

/// <summary>
/// What one JavaScript expression may use. Conditions are written by admins in the designer: a
/// loop or a runaway recursion must fault its instance with a clear incident, never hang a worker.
/// </summary>
public sealed record ScriptLimits
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(500);

    public long MemoryBytes { get; init; } = 4 * 1024 * 1024;

    public int Statements { get; init; } = 10_000;

    public int RecursionDepth { get; init; } = 64;
}
