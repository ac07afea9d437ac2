using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Icn.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>
/// One burst of one instance: from a wake-up, run every activity that can run until each branch
/// ends or waits. The caller holds the instance's lock and commits (or rolls back) what this adds
/// to the context: the instance's state, bookmarks, tasks, journal entries and outbox messages.
/// </summary>
internal sealed class Burst
{
    /// <summary>A definition that loops without ever waiting would otherwise hold a worker forever.</summary>
    public const int MaxExecutions = 10_000;

    private readonly RunnableDefinition definition;
    private readonly ActivityCatalog catalog;
    private readonly TimeProvider time;
    private readonly List<WorkflowBookmark> bookmarks;
    private readonly RuntimeState state;
    private readonly Queue<string> ready = new();
    private int executions;

    public Burst(
        IcnDbContext db, WorkflowInstance instance, RunnableDefinition definition, IReadOnlyList<WorkflowBookmark> bookmarks,
        ActivityCatalog catalog, WorkflowScripts scripts, IServiceProvider services, TimeProvider time, Guid? actorId, CancellationToken cancellationToken)
    {
        Db = db;
        Instance = instance;
        this.definition = definition;
        this.bookmarks = [.. bookmarks];
        this.catalog = catalog;
        Scripts = scripts;
        Services = services;
        this.time = time;
        ActorId = actorId;
        CancellationToken = cancellationToken;
        Variables = JsonNode.Parse(instance.Variables) as JsonObject ?? [];
        Input = JsonNode.Parse(instance.Input) as JsonObject ?? [];
        state = RuntimeState.Read(instance.State);
    }

    public IcnDbContext Db { get; }

    public WorkflowInstance Instance { get; }

    public WorkflowScripts Scripts { get; }

    public IServiceProvider Services { get; }

    public Guid? ActorId { get; }

    public CancellationToken CancellationToken { get; }

    public JsonObject Variables { get; }

    public JsonObject Input { get; }

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The activity running when something failed, for the incident.</summary>
    public string? Current { get; private set; }

    public void AddBookmark(WorkflowBookmark bookmark)
    {
        Db.WorkflowBookmarks.Add(bookmark);
        bookmarks.Add(bookmark);
    }

    public async Task StartAsync()
    {
        ready.Enqueue(definition.StartId);
        await RunUntilSettledAsync();
    }

    /// <summary>Wakes the activity waiting on <paramref name="woken"/> (its own bookmark or one of its timers).</summary>
    public async Task ResumeAsync(WorkflowBookmark woken, Resumption resumption)
    {
        var own = woken.ParentId is { } parentId ? bookmarks.Single(b => b.Id == parentId) : woken;
        if (own != woken)
        {
            Forget(woken);
        }

        var activity = definition.Activity(own.ActivityId);
        Current = activity.Id;
        var context = new ActivityContext(this, activity, NextExecution());
        var started = Now;
        var result = await TypeOf(activity).ResumeAsync(context, resumption with { Bookmark = own, Timer = own == woken ? null : woken });
        Record(activity, result.Waits ? "resumed" : "completed", result, context.Summary ?? result.Summary ?? Describe(resumption), started);
        if (!result.Waits)
        {
            await ReleaseAsync(own);
            await FollowAsync(activity.Id, result.Outcomes);
        }

        await RunUntilSettledAsync();
    }

    /// <summary>Stores the variables and the runtime's state on the instance, and finishes it when nothing is left.</summary>
    public void Store()
    {
        if (bookmarks.Count == 0 && state.Joins.Count == 0 && Instance.Status == WorkflowInstanceStatus.Running)
        {
            Instance.Finish(Now);
        }

        Instance.Variables = Variables.ToJsonString();
        Instance.State = state.Write();
        Instance.UpdatedAt = Now;
    }

    private async Task RunUntilSettledAsync()
    {
        do
        {
            while (ready.TryDequeue(out var next))
            {
                await ExecuteAsync(next);
            }
        }
        while (ReleaseSettledJoins());
    }

    private async Task ExecuteAsync(string activityId)
    {
        if (++executions > MaxExecutions)
        {
            throw new WorkflowFault($"The instance ran {MaxExecutions} activities in one burst without waiting; the definition loops without a wait.");
        }

        var activity = definition.Activity(activityId);
        Current = activity.Id;
        var context = new ActivityContext(this, activity, NextExecution());
        var started = Now;
        var result = await TypeOf(activity).RunAsync(context);
        Record(activity, result.Waits ? "waiting" : "completed", result, context.Summary ?? result.Summary, started);
        if (!result.Waits)
        {
            await FollowAsync(activity.Id, result.Outcomes);
        }
    }

    private async Task FollowAsync(string from, IReadOnlyList<string> outcomes)
    {
        foreach (var target in outcomes.SelectMany(outcome => definition.Next(from, outcome)))
        {
            if (definition.Activity(target).Type != "Join")
            {
                ready.Enqueue(target);
            }
            else if (definition.JoinsOnAny(target))
            {
                // The first branch through wins: the others that could still get here are cancelled.
                await CancelBranchesReachingAsync(target);
                ready.Enqueue(target);
            }
            else
            {
                state.Joins[target] = state.Joins.GetValueOrDefault(target) + 1;
            }
        }
    }

    /// <summary>
    /// Releases every "all" join that no live branch can reach any more (none queued, waiting, or
    /// held at another join on the way): all the branches that were going to arrive have arrived.
    /// </summary>
    private bool ReleaseSettledJoins()
    {
        var released = state.Joins.Keys.Where(join => !LivePositions(except: join).Any(position => definition.CanReach(position, join))).ToList();
        foreach (var join in released)
        {
            state.Joins.Remove(join);
            ready.Enqueue(join);
        }

        return released.Count > 0;
    }

    private IEnumerable<string> LivePositions(string except) =>
        ready.Concat(bookmarks.Where(b => b.ParentId is null).Select(b => b.ActivityId)).Concat(state.Joins.Keys.Where(j => j != except));

    private async Task CancelBranchesReachingAsync(string join)
    {
        foreach (var waiting in bookmarks.Where(b => b.ParentId is null && definition.CanReach(b.ActivityId, join)).ToList())
        {
            var activity = definition.Activity(waiting.ActivityId);
            await ReleaseAsync(waiting);
            Record(activity, "cancelled", ActivityResult.EndBranch, $"Cancelled: '{join}' went on with the first branch to arrive.", Now);
        }

        foreach (var held in state.Joins.Keys.Where(j => definition.CanReach(j, join)).ToList())
        {
            state.Joins.Remove(held);
        }

        var stillReady = ready.Where(id => !definition.CanReach(id, join)).ToList();
        ready.Clear();
        foreach (var id in stillReady)
        {
            ready.Enqueue(id);
        }
    }

    /// <summary>Removes a bookmark with the timers that belong to it; its open tasks leave the inboxes.</summary>
    private async Task ReleaseAsync(WorkflowBookmark bookmark)
    {
        foreach (var child in bookmarks.Where(b => b.ParentId == bookmark.Id).ToList())
        {
            Forget(child);
        }

        Forget(bookmark);
        if (bookmark.Kind == BookmarkKind.Task)
        {
            var now = Now;
            foreach (var task in Db.WorkflowTasks.Local.Where(t => t.BookmarkId == bookmark.Id && t.Status == WorkflowTaskStatus.Open))
            {
                task.Cancel(now);
            }

            await Db.WorkflowTasks
                .Where(t => t.BookmarkId == bookmark.Id && t.Status == WorkflowTaskStatus.Open)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, WorkflowTaskStatus.Cancelled).SetProperty(t => t.CompletedAt, now), CancellationToken);
        }
    }

    private void Forget(WorkflowBookmark bookmark)
    {
        bookmarks.Remove(bookmark);
        Db.WorkflowBookmarks.Remove(bookmark);
    }

    private IActivityType TypeOf(Definitions.ActivityNode activity) =>
        catalog.Get(activity.Type) ?? throw new WorkflowFault($"'{activity.Id}': no activity type '{activity.Type}' is loaded (a plugin missing?).");

    private long NextExecution() => ++Instance.Executions;

    private void Record(Definitions.ActivityNode activity, string happened, ActivityResult result, string? summary, DateTime started) =>
        Db.WorkflowJournal.Add(new WorkflowJournalEntry
        {
            InstanceId = Instance.Id,
            ActivityId = activity.Id,
            ActivityType = activity.Type,
            Event = happened,
            Outcome = result.Outcomes.Count > 0 ? string.Join(",", result.Outcomes) : null,
            ActorId = ActorId,
            Summary = summary is { Length: > 1000 } ? summary[..997] + "..." : summary,
            StartedAt = started,
            FinishedAt = Now,
        });

    private static string Describe(Resumption resumption) => resumption.Trigger switch
    {
        BookmarkKind.Task when resumption.Task is { } task => $"Task answered '{task.Outcome}'.",
        BookmarkKind.Signal => "Signal received.",
        _ => "Timer fired.",
    };
}
