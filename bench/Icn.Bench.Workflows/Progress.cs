namespace Icn.Bench.Workflows;

/// <summary>Progress goes to standard error: standard output carries only results (and the workers' protocol).</summary>
internal static class Progress
{
    public static void Say(string message) => Console.Error.WriteLine($"    {message}");
}
