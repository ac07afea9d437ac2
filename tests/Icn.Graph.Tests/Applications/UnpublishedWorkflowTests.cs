using Icn.Domain.Persistence;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Icn.Graph.Tests.Applications.ApplicationRequests;

namespace Icn.Graph.Tests.Applications;

/// <summary>
/// A deployment without a published membership-application workflow: an application cannot be
/// screened, so none is taken. On a database of its own, since it unpublishes the definition.
/// </summary>
public sealed class UnpublishedWorkflowTests : IAsyncLifetime
{
    private IcnApiFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new IcnApiFactory(TestDatabase.NewDatabaseConnectionString("unpublished"));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Without_the_workflow_nothing_is_stored_and_the_error_says_it_is_the_server()
    {
        var anonymous = new GraphQLClient(factory.CreateClient());
        await using (var db = factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext())
        {
            Assert.Equal(1, await db.WorkflowDefinitions.Where(d => d.DefinitionId == "membership-application")
                .ExecuteUpdateAsync(d => d.SetProperty(x => x.IsPublished, false).SetProperty(x => x.PublishedAt, (DateTime?)null).SetProperty(x => x.PublishedById, (Guid?)null)));
        }

        var response = await anonymous.PostAsync(Submit, new { input = await ValidInputAsync(anonymous, "Too Early Cluster") });

        Assert.Equal("SERVICE_UNAVAILABLE", response.FirstErrorCode);
        Assert.Null(response.Data?["submitApplication"]);
        await using var check = factory.Services.GetRequiredService<IDbContextFactory<IcnDbContext>>().CreateDbContext();
        Assert.False(await check.Clusters.AnyAsync(c => c.Name == "Too Early Cluster"));
        Assert.Equal(0, await check.Applications.CountAsync());
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await TestDatabase.DropAsync(factory.ConnectionString);
    }
}
