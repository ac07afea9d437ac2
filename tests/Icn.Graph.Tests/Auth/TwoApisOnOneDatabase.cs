using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;

namespace Icn.Graph.Tests.Auth;

/// <summary>
/// Two API hosts on one new database with the demo accounts, as two processes behind one address:
/// what one issues or ends, the other must honour. Each test gets a database of its own.
/// </summary>
public abstract class TwoApisOnOneDatabase(string purpose) : IAsyncLifetime
{
    protected const string Password = "Demo-Correct-Horse-9x";

    /// <summary>The host that made the database and its demo accounts.</summary>
    protected IcnApiFactory First { get; private set; } = null!;

    protected IcnApiFactory Second { get; private set; } = null!;

    public Task InitializeAsync()
    {
        var database = TestDatabase.NewDatabaseConnectionString(purpose);
        First = new IcnApiFactory(database, settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = Password });
        First.CreateClient().Dispose();
        Second = new IcnApiFactory(database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await TestDatabase.DropAsync(First.ConnectionString);
    }
}
