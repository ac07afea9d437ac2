namespace Icn.Graph.Hosting;

/// <summary>How readiness is decided (configuration section "Health").</summary>
internal sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>How often a background check asks the database for an answer.</summary>
    public TimeSpan DatabaseCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How old the last successful check may be for the process to count as ready: a check that
    /// hangs (a database that accepts connections but does not answer) turns readiness off too.
    /// </summary>
    public TimeSpan DatabaseStaleAfter { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>What is wrong with these settings; empty when they work.</summary>
    public IEnumerable<string> Problems()
    {
        if (DatabaseCheckInterval <= TimeSpan.Zero)
        {
            yield return $"{Section}:DatabaseCheckInterval must be positive.";
        }

        if (DatabaseStaleAfter <= DatabaseCheckInterval)
        {
            yield return $"{Section}:DatabaseStaleAfter must be longer than {Section}:DatabaseCheckInterval, or a process would flap between ready and not.";
        }
    }
}
