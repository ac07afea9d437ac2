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
}
