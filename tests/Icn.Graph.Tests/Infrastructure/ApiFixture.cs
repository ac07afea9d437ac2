using Icn.Testing;
using Icn.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>One API and demo database shared by the read-only tests of a collection.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public IcnApiFactory Factory { get; private set; } = null!;

    public GraphQLClient GraphQL { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = new IcnApiFactory(TestDatabase.NewDatabaseConnectionString("graph"));
        GraphQL = new GraphQLClient(Factory.CreateClient());
        await Task.CompletedTask;
    }

    /// <summary>A context on the fixture's database, for finding the rows a test asks about.</summary>
    public IcnDbContext CreateDbContext() =>
        Factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext();

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabase.DropAsync(Factory.ConnectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "API over the demo network";
}
