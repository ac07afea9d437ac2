using Icn.Domain.Persistence;
using Icn.Workflows;
using Icn.Workflows.Activities;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Icn.Bench.Workflows;

/// <summary>
/// A workflow runtime registered as the API registers it (AddIcnDomain and AddIcnWorkflows: the
/// audit interceptor, the system clock, the activity catalog, default script limits), with a
/// connection pool of its own named <paramref name="applicationName"/> for pg_stat_activity.
/// </summary>
internal sealed class BenchRuntime(string connectionString, string applicationName) : IAsyncDisposable
{
    private readonly ServiceProvider services = new ServiceCollection()
        .AddIcnDomain(WithApplicationName(connectionString, applicationName))
        .AddIcnWorkflows(_ => { })
        .BuildServiceProvider();

    public WorkflowRuntime Runtime => services.GetRequiredService<WorkflowRuntime>();

    public ActivityCatalog Catalog => services.GetRequiredService<ActivityCatalog>();

    /// <summary>A context from the runtime's own pool, for the bench's set-up and counting.</summary>
    public Task<IcnDbContext> DbAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContextAsync(cancellationToken);

    /// <summary>
    /// Opens <paramref name="count"/> connections at once and returns them to the pool, so that the
    /// measured part does not pay for connecting.
    /// </summary>
    public async Task OpenConnectionsAsync(int count, CancellationToken cancellationToken)
    {
        var contexts = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => DbAsync(cancellationToken)));
        try
        {
            await Task.WhenAll(contexts.Select(db => db.Database.OpenConnectionAsync(cancellationToken)));
        }
        finally
        {
            foreach (var db in contexts)
            {
                await db.DisposeAsync();
            }
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static string WithApplicationName(string connectionString, string applicationName) =>
        new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName }.ConnectionString;
}
