using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Workflows;

/// <summary>Request-scoped batched loads about workflow instances: a page of instances costs one query per relationship.</summary>
internal sealed class WorkflowRuntimeDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    /// <summary>Each instance's journal, in the order it happened.</summary>
    public BatchLoader<Guid, IReadOnlyList<WorkflowJournalEntry>> JournalOf { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.WorkflowJournal.AsNoTracking().Where(e => wanted.Contains(e.InstanceId)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return rows.GroupBy(e => e.InstanceId).ToDictionary(g => g.Key, g => (IReadOnlyList<WorkflowJournalEntry>)[.. g]);
    }, []);

    /// <summary>Each instance's incidents, newest first.</summary>
    public BatchLoader<Guid, IReadOnlyList<WorkflowIncident>> IncidentsOf { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.WorkflowIncidents.AsNoTracking().Where(i => wanted.Contains(i.InstanceId)).OrderByDescending(i => i.CreatedAt).ToListAsync(cancellationToken);
        return rows.GroupBy(i => i.InstanceId).ToDictionary(g => g.Key, g => (IReadOnlyList<WorkflowIncident>)[.. g]);
    }, []);

    /// <summary>Each instance's open tasks.</summary>
    public BatchLoader<Guid, IReadOnlyList<WorkflowTask>> OpenTasksOf { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.WorkflowTasks.AsNoTracking().Where(t => wanted.Contains(t.InstanceId) && t.Status == WorkflowTaskStatus.Open).OrderBy(t => t.CreatedAt).ToListAsync(cancellationToken);
        return rows.GroupBy(t => t.InstanceId).ToDictionary(g => g.Key, g => (IReadOnlyList<WorkflowTask>)[.. g]);
    }, []);
}
