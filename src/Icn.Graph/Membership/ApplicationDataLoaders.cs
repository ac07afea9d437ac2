using Icn.Domain.Clusters;
using Icn.Domain.Persistence;
using Icn.Domain.Staff;
using Icn.Domain.Workflows;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Membership;

/// <summary>
/// What an application's fields read besides its own row. The applicant clusters behind applications, with their region and sectors, in one query per
/// request level. Not filtered by the cluster's visibility on purpose: an applicant cluster is not
/// public, yet whoever may read the application (its applicant, the network's staff) may read
/// what was submitted in it. Votes and history come from the workflows whose subject it is.
/// </summary>
internal sealed class ApplicationDataLoaders(IDbContextFactory<IcnDbContext> databases)
{
    public BatchLoader<Guid, Cluster?> SubmittedCluster { get; } = new(async (keys, cancellationToken) =>
    {
        var wanted = keys.ToArray();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var clusters = await db.Clusters.AsNoTracking().AsSplitQuery()
            .Include(c => c.Region).Include(c => c.Sectors)
            .Where(c => wanted.Contains(c.Id))
            .ToListAsync(cancellationToken);
        return clusters.ToDictionary(c => c.Id, c => (Cluster?)c);
    }, null);

    /// <summary>The Board members' decision tasks about each application, oldest presentation first, by name within one.</summary>
    public BatchLoader<Guid, IReadOnlyList<BoardVote>> VotesOf { get; } = new(async (keys, cancellationToken) =>
    {
        var (subjects, applicationOf) = Subjects(keys);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from task in db.WorkflowTasks.AsNoTracking()
                join instance in db.WorkflowInstances on task.InstanceId equals instance.Id
                where subjects.Contains(instance.SubjectId!) && task.AssigneeRole == StaffRoles.Board && task.AssigneeUserId != null
                select new
                {
                    instance.SubjectId,
                    Task = task,
                    Name = db.Users.Where(u => u.Id == task.AssigneeUserId).Select(u => u.DisplayName ?? u.Email).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => applicationOf[r.SubjectId!]).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<BoardVote>)[.. g.OrderBy(r => r.Task.CreatedAt).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => new BoardVote(r.Task, r.Name))]);
    }, []);

    /// <summary>The journal of each application's workflows: every step, in the order it happened.</summary>
    public BatchLoader<Guid, IReadOnlyList<WorkflowJournalEntry>> HistoryOf { get; } = new(async (keys, cancellationToken) =>
    {
        var (subjects, applicationOf) = Subjects(keys);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from entry in db.WorkflowJournal.AsNoTracking()
                join instance in db.WorkflowInstances on entry.InstanceId equals instance.Id
                where subjects.Contains(instance.SubjectId!)
                orderby entry.Id
                select new { instance.SubjectId, Entry = entry })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => applicationOf[r.SubjectId!])
            .ToDictionary(g => g.Key, g => (IReadOnlyList<WorkflowJournalEntry>)[.. g.Select(r => r.Entry)]);
    }, []);

    /// <summary>The workflows' subjects for a batch of applications, and the way back.</summary>
    private static (string[] Subjects, Dictionary<string, Guid> ApplicationOf) Subjects(IEnumerable<Guid> keys)
    {
        var applicationOf = keys.Distinct().ToDictionary(MembershipApplicationWorkflow.SubjectOf, id => id);
        return ([.. applicationOf.Keys], applicationOf);
    }
}
