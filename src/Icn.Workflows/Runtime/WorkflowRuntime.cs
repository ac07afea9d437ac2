using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Domain.Workflows;
using Icn.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>
/// Starts and wakes workflow instances. Every wake-up is one burst in one transaction under the
/// instance's row lock (<c>FOR UPDATE</c>), so one burst of an instance runs at a time in any number
/// of processes. An activity that fails rolls its burst back to a savepoint; the instance is then
/// marked faulted with an incident in the same transaction, and nothing half-done is kept.
/// </summary>
/// <remarks>
/// The one type the API, its timer worker and the bench call; each member hands over to the class
/// of its concern (<see cref="WorkflowStarter"/>, <see cref="TaskCommands"/>, <see cref="Signals"/>,
/// <see cref="TimerWakeUps"/>, <see cref="Incidents"/>, <see cref="RoleEnd"/>). Those share one
/// <see cref="BurstRunner"/> and are never used apart, so they are composed here rather than
/// registered one by one.
/// </remarks>
public sealed class WorkflowRuntime
{
    /// <summary>The journal's event for a claimed task given back to its role.</summary>
    public const string ReleasedEvent = "released";

    private readonly WorkflowStarter starter;
    private readonly TaskCommands tasks;
    private readonly Signals signals;
    private readonly TimerWakeUps timers;
    private readonly Incidents incidents;
    private readonly RoleEnd roleEnd;

    public WorkflowRuntime(
        IDbContextFactory<IcnDbContext> contexts,
        PublishedDefinitions definitions,
        ActivityCatalog catalog,
        WorkflowScripts scripts,
        IServiceProvider services,
        TimeProvider time)
    {
        var bursts = new BurstRunner(definitions, catalog, scripts, services, time);
        starter = new WorkflowStarter(contexts, definitions, bursts, time);
        tasks = new TaskCommands(contexts, bursts, time);
        signals = new Signals(contexts, bursts);
        timers = new TimerWakeUps(contexts, bursts, time);
        incidents = new Incidents(contexts, bursts, time);
        roleEnd = new RoleEnd(bursts, time);
    }

    /// <summary>
    /// Starts the latest published version of <paramref name="definitionId"/> on <paramref name="db"/>,
    /// inside the caller's transaction when there is one (so that, say, an application and its
    /// workflow are stored together), or in a transaction of its own. Save your own changes first.
    /// </summary>
    public Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> StartAsync(
        IcnDbContext db, string definitionId, JsonObject? input, string? subjectId, Guid? actorId, CancellationToken cancellationToken) =>
        starter.StartAsync(db, definitionId, input, subjectId, actorId, cancellationToken);

    /// <summary>Starts <paramref name="definitionId"/> in a transaction of its own.</summary>
    public Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> StartAsync(
        string definitionId, JsonObject? input, string? subjectId, Guid? actorId, CancellationToken cancellationToken) =>
        starter.StartAsync(definitionId, input, subjectId, actorId, cancellationToken);

    /// <summary>
    /// Completes a task for <paramref name="caller"/> and wakes its instance, in one transaction under
    /// the instance's lock: of two completions of one task, the second finds it done (a conflict).
    /// The caller's roles are those their account holds now, not those their token was issued with.
    /// </summary>
    public Task<(WorkflowTask? Task, RuntimeRefusal? Refusal)> CompleteTaskAsync(
        Guid taskId, TaskAnswer answer, TaskCaller caller, CancellationToken cancellationToken) =>
        tasks.CompleteAsync(taskId, answer, caller, cancellationToken);

    /// <summary>
    /// Takes a role's task for <paramref name="caller"/>, so that it leaves the other holders' inboxes;
    /// only for a role their account holds now.
    /// </summary>
    public Task<(WorkflowTask? Task, RuntimeRefusal? Refusal)> ClaimTaskAsync(Guid taskId, TaskCaller caller, CancellationToken cancellationToken) =>
        tasks.ClaimAsync(taskId, caller, cancellationToken);

    /// <summary>
    /// Sends a signal: every instance waiting for <paramref name="signal"/> with
    /// <paramref name="correlation"/> wakes (found through the bookmarks' index), each in a
    /// transaction of its own. Answers how many woke. For a signal that follows from a change of the
    /// caller's, use the overload that takes the caller's context, so that both commit together.
    /// </summary>
    public Task<int> SignalAsync(string signal, string correlation, JsonObject? payload, Guid? actorId, CancellationToken cancellationToken) =>
        signals.SendAsync(signal, correlation, payload, actorId, cancellationToken);

    /// <summary>
    /// Sends a signal inside the caller's transaction (which must be open): the change that caused it
    /// (an applicant's answer, say) and the bursts it wakes commit together, or, when the transaction
    /// rolls back, neither does; there is no moment at which one is stored without the other. Save
    /// your own changes first. Answers how many instances woke; an instance whose burst faults counts
    /// (its incident keeps the signal, to be retried).
    /// </summary>
    public Task<int> SignalAsync(IcnDbContext db, string signal, string correlation, JsonObject? payload, Guid? actorId, CancellationToken cancellationToken) =>
        signals.SendAsync(db, signal, correlation, payload, actorId, cancellationToken);

    /// <summary>
    /// Fires timers that are due, one burst each, until none is due or <paramref name="max"/> fired.
    /// Any number of processes may run this at once; each timer fires once, and one whose burst
    /// fails stays to be claimed again. Answers how many fired.
    /// </summary>
    public Task<int> FireDueTimersAsync(int max, CancellationToken cancellationToken) =>
        timers.FireDueAsync(max, cancellationToken);

    /// <summary>The moment the next timer is due, for a worker deciding how long to sleep; null when none is waiting.</summary>
    public Task<DateTime?> NextDueAsync(CancellationToken cancellationToken) =>
        timers.NextDueAsync(cancellationToken);

    /// <summary>Runs a faulted instance's failed wake-up again from its stored state.</summary>
    public Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> RetryAsync(Guid instanceId, Guid? actorId, CancellationToken cancellationToken) =>
        incidents.RetryAsync(instanceId, actorId, cancellationToken);

    /// <summary>Stops an instance: its bookmarks go, its open tasks leave the inboxes, its incidents are closed.</summary>
    public Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> CancelAsync(Guid instanceId, Guid? actorId, CancellationToken cancellationToken) =>
        incidents.CancelAsync(instanceId, actorId, cancellationToken);

    /// <summary>
    /// Cancels a running or faulted instance inside the caller's transaction (which must be open):
    /// its open tasks are cancelled, its bookmarks dropped, and the journal says why. The instance is
    /// locked first, so a burst in flight finishes before, or finds it cancelled after.
    /// </summary>
    public Task<(WorkflowInstance? Instance, RuntimeRefusal? Refusal)> CancelAsync(IcnDbContext db, Guid instanceId, string reason, Guid? actorId, CancellationToken cancellationToken) =>
        incidents.CancelAsync(db, instanceId, reason, actorId, cancellationToken);

    /// <summary>
    /// Gives back the open tasks <paramref name="userId"/> holds through a role its account no longer
    /// holds, inside <paramref name="db"/>'s transaction (which must be open: call after saving the
    /// account's change, so that both commit together). Answers how many tasks were given back.
    /// </summary>
    public Task<int> ReleaseTasksOfAsync(IcnDbContext db, Guid userId, string holderName, Guid? actorId, CancellationToken cancellationToken) =>
        roleEnd.ReleaseTasksOfAsync(db, userId, holderName, actorId, cancellationToken);

    /// <summary>The bookmark key of a signal; what WaitForSignal (and a plugin's activity waiting for a signal) stores.</summary>
    public static string SignalKey(string signal, string correlation) => Signals.Key(signal, correlation);
}
