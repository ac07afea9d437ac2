namespace Icn.Workflows;

/// <summary>The workflow runtime's settings (configuration section "Workflows").</summary>
public sealed class WorkflowOptions
{
    public const string Section = "Workflows";

    /// <summary>Fire due timers in this process. Any number of processes may; each timer fires once.</summary>
    public bool RunTimers { get; set; } = true;

    /// <summary>How often an idle timer worker looks for due timers.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Timer bursts this process runs at once.</summary>
    public int TimerWorkers { get; set; } = 2;

    /// <summary>How long one JavaScript expression may run.</summary>
    public TimeSpan ScriptTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    public long ScriptMemoryBytes { get; set; } = 4 * 1024 * 1024;

    public int ScriptStatements { get; set; } = 10_000;

    public int ScriptRecursionDepth { get; set; } = 64;

    /// <summary>The limits of one expression, as <see cref="Runtime.WorkflowScripts"/> applies them.</summary>
    public Runtime.ScriptLimits ScriptLimits => new()
    {
        Timeout = ScriptTimeout,
        MemoryBytes = ScriptMemoryBytes,
        Statements = ScriptStatements,
        RecursionDepth = ScriptRecursionDepth,
    };
}
