using Icn.Domain.Persistence;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Bench.Workflows;

/// <summary>
/// Puts many instances of a timer definition at their Delay, due already, in three INSERTs: the
/// rows the runtime's start burst would have stored (a running instance after two executions, the
/// Start's "completed" and the Delay's "waiting" journal rows, the Delay's timer bookmark), as if
/// each had been started a minute and a second ago. Starting thousands through the runtime one by
/// one would make the set-up longer than the drain; firing them goes through the real runtime.
/// </summary>
internal static class TimerSetup
{
    private static readonly TimeSpan Delay = TimeSpan.FromMinutes(1);

    /// <summary>The runtime's state of an instance with no branch held at a join, as it writes it.</summary>
    private const string NoJoinsWaiting = """{"joins":{}}""";

    public static async Task InsertAsync(IcnDbContext db, string definitionId, int count, CancellationToken cancellationToken)
    {
        var version = await new PublishedDefinitions().LatestVersionAsync(db, definitionId, cancellationToken)
            ?? throw new InvalidOperationException($"'{definitionId}' is not published.");
        var started = DateTime.UtcNow - Delay - TimeSpan.FromSeconds(1);
        var due = started + Delay;
        var instances = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
        var bookmarks = Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7()).ToArray();
        var delaySummary = $"Until {due:O}.";

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO workflow_instances (id, definition_id, definition_version, status, variables, input, state, executions, created_at, updated_at)
            SELECT id, {{definitionId}}, {{version}}, 'running', '{}'::jsonb, '{}'::jsonb, {{NoJoinsWaiting}}::jsonb, 2, {{started}}, {{started}}
            FROM unnest({{instances}}) AS id
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO workflow_journal (instance_id, activity_id, activity_type, event, outcome, summary, started_at, finished_at)
            SELECT id, 'start', 'Start', 'completed', 'done', NULL, {{started}}, {{started}} FROM unnest({{instances}}) AS id
            UNION ALL
            SELECT id, {{BenchDefinitions.DelayActivity}}, 'Delay', 'waiting', NULL, {{delaySummary}}, {{started}}, {{started}} FROM unnest({{instances}}) AS id
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO workflow_bookmarks (id, instance_id, activity_id, kind, key, due_at, parent_id, data, created_at)
            SELECT bookmark, instance, {{BenchDefinitions.DelayActivity}}, 'timer', NULL, {{due}}, NULL, '{}'::jsonb, {{started}}
            FROM unnest({{bookmarks}}, {{instances}}) AS pair(bookmark, instance)
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
