using Icn.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>
/// A test class whose API differs from the shared fixtures' (other settings, services or
/// environment) gets one of its own, over a database of its own that is dropped afterwards.
/// </summary>
public abstract class OwnApiTests(
    string database,
    string environment = "Testing",
    Action<IServiceCollection>? services = null,
    Dictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected IcnApiFactory Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new IcnApiFactory(TestDatabase.NewDatabaseConnectionString(database), environment, services, settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabase.DropAsync(Factory.ConnectionString);
    }
}
