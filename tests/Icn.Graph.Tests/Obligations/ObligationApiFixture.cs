using Icn.Domain.Persistence;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Icn.Graph.Tests.Obligations;

/// <summary>
/// An API over a demo database of its own whose "today" is the demo network's reference day, on a
/// clock of its own (<see cref="Clock"/>), with two member clusters the tests made, whose records
/// decide every obligation of 2025 (<see cref="ObligationScenario"/>).
/// </summary>
public sealed class ObligationApiFixture : IAsyncLifetime
{
    /// <summary>Noon UTC on the demo network's reference day.</summary>
    public static readonly DateTimeOffset Today = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Today);

    public IcnApiFactory Factory { get; private set; } = null!;

    public GraphQLClient Anonymous { get; private set; } = null!;

    public ObligationScenario Scenario { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = new IcnApiFactory(
            TestDatabase.NewDatabaseConnectionString("obligations"),
            services: services => services.AddSingleton<TimeProvider>(Clock),
            settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = StaffApiFixture.Password });
        Anonymous = new GraphQLClient(Factory.CreateClient());
        await using var db = CreateDbContext();
        Scenario = await ObligationScenario.WriteAsync(db);
    }

    /// <summary>A fresh sign-in each time: a token is only good for an hour of the clock, which tests may move.</summary>
    public Task<GraphQLClient> SignInAsync(string email) => BearerSignIn.ClientAsync(Factory, email, StaffApiFixture.Password);

    public IcnDbContext CreateDbContext() =>
        Factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext();

    public static string ClusterId(Guid key) => GlobalId.Encode("Cluster", key);

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabase.DropAsync(Factory.ConnectionString);
    }
}
