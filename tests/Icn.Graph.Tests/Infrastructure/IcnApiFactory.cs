using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>
/// The real API host over a real PostgreSQL database of its own, migrated and seeded with the demo
/// network for a fixed seed and reference date, so answers are the same in every run.
/// </summary>
public sealed class IcnApiFactory(
    string connectionString,
    string environment = "Testing",
    Action<IServiceCollection>? services = null,
    Dictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public const string ReferenceDate = "2026-06-15";

    public string ConnectionString => connectionString;

    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Icn", connectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Demo:SeedOnStart", "true");
        builder.UseSetting("Demo:Seed", "2026");
        builder.UseSetting("Demo:ReferenceDate", ReferenceDate);

        // Test classes send many requests from one (test server) address; rate limit tests set their own.
        builder.UseSetting("RateLimits:AnonymousPerMinute", "1000000");
        builder.UseSetting("RateLimits:StaffPerMinute", "1000000");
        builder.UseSetting("RateLimits:WebsiteKeyPerMinute", "1000000");
        builder.UseSetting("RateLimits:WebsiteKeyPerVisitorPerMinute", "1000000");
        builder.UseSetting("RateLimits:AddressPerMinute", "1000000");

        // Background workers would send SQL of their own in the middle of tests that count a
        // request's commands; the tests that need them turn them on.
        builder.UseSetting("Workflows:RunTimers", "false");
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Applications:EraseExpiredContacts", "false");
        // Readiness from the check at start, kept: its periodic SELECT 1 would be counted too.
        foreach (var (key, value) in ThrowawayKeyCertificate.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Health:DatabaseCheckInterval", "01:00:00");
        builder.UseSetting("Health:DatabaseStaleAfter", "1.00:00:00");
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
