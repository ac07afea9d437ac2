namespace Icn.Graph.Hosting;

/// <summary>What the API does to its database when it starts (configuration section "Database").</summary>
internal sealed class DatabaseStartupOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending EF Core migrations before serving. On for ./icn run; off by default elsewhere.</summary>
    public bool MigrateOnStart { get; set; }
}
