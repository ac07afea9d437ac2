using Icn.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Icn.Domain.Tests.Persistence;

/// <summary>Journal lines that Notify wrote with an address before it stopped doing so lose the address when the database is migrated.</summary>
public sealed class NotifyJournalMigrationTests : IAsyncLifetime
{
    private readonly MigratedDatabase database = new();

    [Fact]
    public async Task An_old_Notify_line_naming_an_address_says_to_an_address_and_a_role_line_stays()
    {
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261125195811_Applications");
        var instance = Guid.NewGuid();
        const string empty = "{}";
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO workflow_instances (id, definition_id, definition_version, status, variables, input, state, executions)
            VALUES ({instance}, 'membership-application', 1, 'finished', {empty}::jsonb, {empty}::jsonb, {empty}::jsonb, 3)
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO workflow_journal (instance_id, activity_id, activity_type, event, summary, started_at, finished_at) VALUES
              ({instance}, 'tell-rejected', 'Notify', 'completed', '"Your ICN application" to old.address@example.org (1 recipient(s)).', now(), now()),
              ({instance}, 'screen-overdue', 'Notify', 'completed', '"Screening overdue: A" to SECRETARIAT (2 recipient(s)).', now(), now())
            """);

        await migrator.MigrateAsync();

        var summaries = await db.Database.SqlQuery<string>($"SELECT summary AS \"Value\" FROM workflow_journal WHERE instance_id = {instance} ORDER BY id").ToListAsync();
        Assert.Equal(["\"Your ICN application\" to an address (1 recipient(s)).", "\"Screening overdue: A\" to SECRETARIAT (2 recipient(s))."], summaries);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => database.DisposeAsync();
}
