using Icn.Domain.Persistence;
using Icn.Testing;
using Microsoft.EntityFrameworkCore;

namespace Icn.DemoNetwork.Tests;

/// <summary>An empty database of its own with every migration applied, dropped when the test class is done.</summary>
public sealed class MigratedDatabase : IAsyncLifetime
{
    public string ConnectionString { get; } = TestDatabase.NewDatabaseConnectionString("demo");

    public IcnDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase(ConnectionString).Options);

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync() => TestDatabase.DropAsync(ConnectionString);
}
