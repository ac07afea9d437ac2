using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Icn.Graph.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: it can also reach its database,
/// so a load balancer sends traffic only to instances that can serve it. Readiness is what a
/// background check found a moment ago (<see cref="DatabaseReadinessProbe"/>), so polling it costs
/// the database nothing.
/// </summary>
internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddIcnHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(HealthOptions.Section).Get<HealthOptions>() ?? new HealthOptions();
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<DatabaseReadiness>();
        services.AddHostedService<DatabaseReadinessProbe>();
        services.AddHealthChecks().AddCheck<DatabaseReadinessCheck>("database", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapIcnHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }

    private sealed class DatabaseReadinessCheck(DatabaseReadiness readiness) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var (isReady, description) = readiness.Current();
            return Task.FromResult(isReady ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description));
        }
    }
}
