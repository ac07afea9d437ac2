using System.Collections.Concurrent;
using Icn.Domain.Persistence;
using Icn.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>
/// An API over a demo database of its own with the demo staff accounts, for tests that write.
/// Tests sharing it change only rows they create or pick for themselves.
/// </summary>
public sealed class StaffApiFixture : IAsyncLifetime
{
    public const string Password = "Demo-Correct-Horse-9x";
    private readonly ConcurrentDictionary<string, string> tokens = new(StringComparer.OrdinalIgnoreCase);

    public IcnApiFactory Factory { get; private set; } = null!;

    public GraphQLClient Anonymous { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new IcnApiFactory(
            TestDatabase.NewDatabaseConnectionString("staff"),
            settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = Password });
        Anonymous = new GraphQLClient(Factory.CreateClient());
        return Task.CompletedTask;
    }

    /// <summary>A client signed in as a demo account, e.g. "admin@demo.icn" or "editor.&lt;slug&gt;@demo.icn".</summary>
    public async Task<GraphQLClient> SignInAsync(string email)
    {
        var client = Factory.CreateClient();
        if (!tokens.TryGetValue(email, out var token))
        {
            token = await BearerSignIn.TokenAsync(client, email, Password) ?? throw new InvalidOperationException($"Signing in as {email} was refused.");
            tokens[email] = token;
        }

        return BearerSignIn.Authorized(client, token);
    }

    public IcnDbContext CreateDbContext() =>
        Factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext();

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabase.DropAsync(Factory.ConnectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class StaffApiCollection : ICollectionFixture<StaffApiFixture>
{
    public const string Name = "API with staff accounts, for writing";
}
