using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;

namespace Icn.Graph.Tests.Hardening;

/// <summary>
/// An API whose request budgets are set small, so a test can build a request exactly at a limit
/// and one just over it by hand; shared by the tests of one class.
/// </summary>
public sealed class SmallBudgetsApiFixture : IAsyncLifetime
{
    public const int MaxListLength = 3;
    public const int MaxValueDepth = 4;
    public const int MaxValueNodes = 12;
    public const int MaxDefinitions = 3;
    public const int MaxFragmentSpreads = 4;

    public IcnApiFactory Factory { get; private set; } = null!;

    public GraphQLClient GraphQL { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new IcnApiFactory(TestDatabase.NewDatabaseConnectionString("budgets"), settings: new()
        {
            ["GraphQL:Limits:MaxListLength"] = $"{MaxListLength}",
            ["GraphQL:Limits:MaxValueDepth"] = $"{MaxValueDepth}",
            ["GraphQL:Limits:MaxValueNodes"] = $"{MaxValueNodes}",
            ["GraphQL:Limits:MaxDefinitions"] = $"{MaxDefinitions}",
            ["GraphQL:Limits:MaxFragmentSpreads"] = $"{MaxFragmentSpreads}",
        });
        GraphQL = new GraphQLClient(Factory.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await TestDatabase.DropAsync(Factory.ConnectionString);
    }
}
