using System.Text.Json.Nodes;

namespace Icn.Bench.Workflows;

/// <summary>A part's figures, one JSON line on standard output, for bench/harness/workflow-report.mjs.</summary>
internal static class Result
{
    public static void Write(JsonObject figures) => Console.Out.WriteLine(figures.ToJsonString());
}
