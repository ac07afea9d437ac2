namespace Icn.Bench.Workflows;

/// <summary>The lines the timers command and its worker processes exchange, one word (and a count) each.</summary>
internal static class WorkerProtocol
{
    public const string Ready = "ready";
    public const string Warmup = "warmup";
    public const string Warm = "warm";
    public const string Go = "go";
    public const string Done = "done";
}
