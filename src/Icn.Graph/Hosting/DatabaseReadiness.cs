namespace Icn.Graph.Hosting;

/// <summary>
/// What the last background check of the database found, for <c>/health/ready</c> to answer
/// from: a load balancer polling readiness must not cost a database round trip per poll, nor
/// queue behind a database that does not answer.
/// </summary>
internal sealed class DatabaseReadiness(HealthOptions options, TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset? lastSuccess;
    private bool lastSucceeded;
    private string lastFailure = "The database has not been checked yet.";

    public void Succeeded()
    {
        lock (gate)
        {
            lastSucceeded = true;
            lastSuccess = time.GetUtcNow();
        }
    }

    public void Failed(string reason)
    {
        lock (gate)
        {
            lastSucceeded = false;
            lastFailure = reason;
        }
    }

    /// <summary>Ready when the last check succeeded, recently enough; else why not.</summary>
    public (bool IsReady, string Description) Current()
    {
        lock (gate)
        {
            if (!lastSucceeded)
            {
                return (false, lastFailure);
            }

            var age = time.GetUtcNow() - lastSuccess!.Value;
            return age <= options.DatabaseStaleAfter
                ? (true, "The database answered the last check.")
                : (false, $"The database has not answered a check for {age.TotalSeconds:F0} s.");
        }
    }
}
