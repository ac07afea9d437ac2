using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Domain.Staff;
using Icn.Domain.Workflows;
using Icn.Testing;
using Icn.Workflows.Activities;
using Icn.Workflows.Definitions;
using Icn.Workflows.Runtime;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Icn.Workflows.Tests.Runtime;

/// <summary>
/// A migrated database of its own with staff accounts (three of the Board, two of the Secretariat),
/// a clock the tests move, and workflow runtimes on it. Each runtime made by <see cref="NewRuntime"/>
/// has its own services and connection pool, as another API process would.
/// </summary>
public sealed class RuntimeDatabase : IAsyncLifetime
{
    private int processes;

    public string ConnectionString { get; } = TestDatabase.NewDatabaseConnectionString("workflows");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));

    public IReadOnlyList<Guid> Board { get; private set; } = [];

    public IReadOnlyList<Guid> Secretariat { get; private set; } = [];

    public WorkflowRuntime Runtime { get; private set; } = null!;

    public IcnDbContext Db() => new(new DbContextOptionsBuilder<IcnDbContext>().UseIcnDatabase(ConnectionString).Options);

    /// <summary>
    /// A runtime registered as the API registers it (the audit interceptor included), with services
    /// and a connection pool of its own: another process, as far as the database can tell.
    /// <paramref name="options"/> sets what a test changes of the configuration (script limits, say).
    /// Its catalog has the test activity <see cref="Flaky"/>, registered as a module registers one.
    /// </summary>
    public WorkflowRuntime NewRuntime(Action<WorkflowOptions>? options = null)
    {
        var connection = new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = $"icn-process-{Interlocked.Increment(ref processes)}" }.ConnectionString;
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddIcnDomain(connection)
            .AddIcnWorkflows(options ?? (_ => { }))
            .AddSingleton<IActivityType, Flaky>()
            .BuildServiceProvider();
        return services.GetRequiredService<WorkflowRuntime>();
    }

    /// <summary>Saves <paramref name="definition"/> as a draft and publishes it; answers the version.</summary>
    public async Task<int> PublishAsync(JsonObject definition)
    {
        await using var db = Db();
        var (draft, problem) = await DefinitionVersions.SaveDraftAsync(db, definition.ToJsonString(), CancellationToken.None);
        Assert.Null(problem);
        var problems = DefinitionVersions.Publish(draft!, new DefinitionValidator(new ActivityCatalog([typeof(ActivityCatalog).Assembly, typeof(RuntimeDatabase).Assembly])), null, Clock.GetUtcNow().UtcDateTime);
        Assert.Empty(problems);
        await db.SaveChangesAsync();
        return draft!.Version;
    }

    public async Task<WorkflowInstance> InstanceAsync(Guid id)
    {
        await using var db = Db();
        return await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    public async Task<List<WorkflowTask>> TasksAsync(Guid instanceId)
    {
        await using var db = Db();
        return await db.WorkflowTasks.AsNoTracking().Where(t => t.InstanceId == instanceId).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync();
    }

    public async Task<List<WorkflowJournalEntry>> JournalAsync(Guid instanceId)
    {
        await using var db = Db();
        return await db.WorkflowJournal.AsNoTracking().Where(e => e.InstanceId == instanceId).OrderBy(e => e.Id).ToListAsync();
    }

    public async Task<List<string>> OutboxKeysAsync(Guid instanceId)
    {
        await using var db = Db();
        var prefix = $"wf:{instanceId:N}:";
        return await db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith(prefix)).OrderBy(m => m.IdempotencyKey).Select(m => m.IdempotencyKey).ToListAsync();
    }

    public TaskCaller Caller(Guid userId, params string[] roles) => new(userId, roles.ToHashSet());

    public async Task InitializeAsync()
    {
        await using (var db = Db())
        {
            await db.Database.MigrateAsync();
        }

        Board = await AccountsAsync(StaffRoles.Board, 3);
        Secretariat = await AccountsAsync(StaffRoles.Secretariat, 2);
        Runtime = NewRuntime();
    }

    public Task DisposeAsync() => TestDatabase.DropAsync(ConnectionString);

    private async Task<IReadOnlyList<Guid>> AccountsAsync(string role, int count)
    {
        await using var db = Db();
        var accounts = Enumerable.Range(1, count).Select(i =>
        {
            var email = $"{role.ToLowerInvariant()}{i}@example.org";
            return new StaffUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                SecurityStamp = Guid.NewGuid().ToString(),
                // Accounts that accepted their invitation: only those hold a role's tasks. Nobody signs in here.
                PasswordHash = "not-a-password-hash",
                RoleLinks = [new IdentityUserRole<Guid> { RoleId = StaffRoles.IdOf(role) }],
            };
        }).ToList();
        db.Users.AddRange(accounts);
        await db.SaveChangesAsync();
        return [.. accounts.Select(a => a.Id).Order()];
    }
}
