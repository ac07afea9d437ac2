namespace Icn.Graph.Hosting;

/// <summary>The demo network written into an empty database (configuration section "Demo").</summary>
internal sealed class DemoDataOptions
{
    public const string Section = "Demo";

    /// <summary>Write the demo network when the database has no clusters.</summary>
    public bool SeedOnStart { get; set; }

    /// <summary>The generator's seed: the same seed and reference date give the same network.</summary>
    public int Seed { get; set; } = 2026;

    /// <summary>The day the demo's dates are relative to; today (UTC) when not set.</summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>Make the demo staff accounts (Development only: never in a deployed API).</summary>
    public bool SeedAccounts { get; set; }

    /// <summary>
    /// Write membership applications at every stage, moved there through the workflow by the demo
    /// accounts (Development only: approving one makes a new member cluster).
    /// </summary>
    public bool SeedApplications { get; set; }

    /// <summary>The demo accounts' password; ./icn run generates one and keeps it beside the database.</summary>
    public string? Password { get; set; }
}
