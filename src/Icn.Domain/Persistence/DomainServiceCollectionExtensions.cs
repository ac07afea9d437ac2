using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Icn.Domain.Persistence;

/// <summary>
/// What every user of the domain needs, registered once for the API, the tests and the benches
/// alike, so that none of them runs the database differently from production.
/// </summary>
public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// The clock (<see cref="TimeProvider.System"/> unless one is registered already, as tests do)
    /// and a pooled <see cref="IcnDbContext"/> factory on <paramref name="connectionString"/>. Pooled,
    /// because resolvers and workers run in parallel: each creates a short-lived context of its own
    /// instead of sharing one per request. Every context has the <see cref="AuditInterceptor"/>, so
    /// audited changes are logged and versions advance whoever saves; <paramref name="interceptors"/>
    /// adds a host's own after it (the API's outbox wake-up, for one).
    /// </summary>
    public static IServiceCollection AddIcnDomain(
        this IServiceCollection services, string connectionString, Func<IServiceProvider, IEnumerable<IInterceptor>>? interceptors = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(TimeProvider.System);
        services.AddPooledDbContextFactory<IcnDbContext>((sp, options) => options
            .UseIcnDatabase(connectionString)
            .AddInterceptors(new AuditInterceptor(sp.GetRequiredService<TimeProvider>()))
            .AddInterceptors(interceptors?.Invoke(sp) ?? []));
        return services;
    }
}
