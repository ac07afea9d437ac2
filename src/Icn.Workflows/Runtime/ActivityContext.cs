using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Icn.Domain.Outbox;
using Icn.Domain.Persistence;
using Icn.Domain.Staff;
using Icn.Domain.Workflows;
using Icn.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Runtime;

/// <summary>
/// What an activity sees while it runs: its inputs (literals or evaluated expressions), the
/// workflow's variables, the clock, the database of the burst's transaction, and the ways to wait
/// (bookmarks, tasks) and to reach the outside (e-mails through the outbox). Everything it adds is
/// committed with the burst or not at all.
/// </summary>
public sealed class ActivityContext
{
    private readonly Burst burst;
    private int messages;
    private DateTime? tasksCreatedAt;

    internal ActivityContext(Burst burst, ActivityNode activity, long execution)
    {
        this.burst = burst;
        Activity = activity;
        Execution = execution;
    }

    public ActivityNode Activity { get; }

    /// <summary>The instance's execution counter for this run of the activity; part of side effects' idempotency keys.</summary>
    public long Execution { get; }

    public WorkflowInstance Instance => burst.Instance;

    public IcnDbContext Db => burst.Db;

    public IServiceProvider Services => burst.Services;

    /// <summary>Now, from the runtime's <see cref="TimeProvider"/> (UTC).</summary>
    public DateTime Now => burst.Now;

    /// <summary>The workflow's variables; changes are stored with the burst.</summary>
    public JsonObject Variables => burst.Variables;

    /// <summary>What the instance was started with.</summary>
    public JsonObject Input => burst.Input;

    /// <summary>The staff account whose action woke the instance, if a person did.</summary>
    public Guid? ActorId => burst.ActorId;

    public CancellationToken CancellationToken => burst.CancellationToken;

    internal string? Summary { get; set; }

    /// <summary>An input's value: its literal, or its expression's result; null when not set.</summary>
    public JsonNode? Value(string name)
    {
        if (!Activity.Inputs.TryGetValue(name, out var input))
        {
            return null;
        }

        return input.IsExpression
            ? Evaluate(input.Expression!, null, $"input '{name}'")
            : input.Literal is { } literal ? JsonNode.Parse(literal.GetRawText()) : null;
    }

    /// <summary>A text input; a number or a boolean is given as its JSON text.</summary>
    public string? Text(string name) => Value(name) switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    /// <summary>A required text input.</summary>
    public string RequiredText(string name) =>
        Text(name) is { Length: > 0 } text ? text : throw new WorkflowFault($"'{Activity.Id}': the input '{name}' is empty.");

    /// <summary>A list-of-names input (a Fork's branches, a HumanTask's outcomes).</summary>
    public IReadOnlyList<string> Names(string name) => Value(name) is JsonArray items
        ? [.. items.Select(item => item?.GetValue<string>()).OfType<string>()]
        : [];

    /// <summary>An ISO 8601 duration input (P14D, PT2H); null when not set.</summary>
    public TimeSpan? Duration(string name)
    {
        if (Text(name) is not { Length: > 0 } text)
        {
            return null;
        }

        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            throw new WorkflowFault($"'{Activity.Id}': the input '{name}' is not an ISO 8601 duration (e.g. P14D, PT2H): \"{text}\".");
        }
    }

    /// <summary>Evaluates JavaScript over <c>variables</c>, <c>input</c> and <paramref name="extra"/> globals.</summary>
    public JsonNode? Evaluate(string expression, IReadOnlyDictionary<string, JsonNode?>? extra, string what) =>
        burst.Scripts.Evaluate(expression, Globals(extra), $"'{Activity.Id}', {what}");

    /// <summary>Evaluates a JavaScript condition (truthiness) over <c>variables</c>, <c>input</c> and <paramref name="extra"/>.</summary>
    public bool IsTrue(string expression, IReadOnlyDictionary<string, JsonNode?>? extra, string what) =>
        burst.Scripts.IsTrue(expression, Globals(extra), $"'{Activity.Id}', {what}");

    /// <summary>Makes a bookmark for this activity to wait on; see <see cref="ActivityResult.Wait"/>.</summary>
    public WorkflowBookmark Bookmark(BookmarkKind kind, string? key = null, DateTime? dueAt = null, JsonObject? data = null, WorkflowBookmark? parent = null)
    {
        var bookmark = new WorkflowBookmark
        {
            Id = Guid.CreateVersion7(),
            InstanceId = Instance.Id,
            ActivityId = Activity.Id,
            Kind = kind,
            Key = key,
            DueAt = dueAt,
            ParentId = parent?.Id,
            Data = (data ?? []).ToJsonString(),
            CreatedAt = Now,
        };
        burst.AddBookmark(bookmark);
        return bookmark;
    }

    /// <summary>Puts a task in someone's inbox; its <see cref="WorkflowTask.BookmarkId"/> names the bookmark its activity waits on.</summary>
    public void AddTask(WorkflowTask task)
    {
        // The tasks of one execution (a Board's votes) share their creation instant: readers tell
        // one round of votes from the next by it.
        tasksCreatedAt ??= Now;
        task.InstanceId = Instance.Id;
        task.CreatedAt = tasksCreatedAt.Value;
        Db.WorkflowTasks.Add(task);
    }

    /// <summary>
    /// Queues an e-mail in the outbox. Its idempotency key comes from the instance, the activity,
    /// this execution and the message's place in it, so a burst run again sends nothing twice.
    /// </summary>
    public void SendEmail(string recipient, string subject, string body)
    {
        messages++;
        Db.OutboxMessages.Add(new OutboxMessage
        {
            IdempotencyKey = $"wf:{Instance.Id:N}:{Activity.Id}:{Execution}:{messages}",
            Kind = "email",
            Recipient = recipient,
            Subject = subject,
            Body = body,
            CreatedAt = Now,
        });
    }

    /// <summary>The active staff accounts holding <paramref name="role"/>, in a stable order.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Email)>> RoleHoldersAsync(string role)
    {
        if (!StaffRoles.All.Contains(role))
        {
            throw new WorkflowFault($"'{Activity.Id}': '{role}' is not a staff role ({string.Join(", ", StaffRoles.All)}).");
        }

        var roleId = StaffRoles.IdOf(role);
        var holders = await Db.Users.AsNoTracking()
            // Only accounts that can sign in: an invitation not accepted yet holds no vote, so it
            // neither gets a task nobody can answer nor counts towards a majority of the whole Board.
            .Where(u => u.IsActive && u.PasswordHash != null && u.RoleLinks.Any(link => link.RoleId == roleId))
            .OrderBy(u => u.Id)
            .Select(u => new { u.Id, u.Email })
            .ToListAsync(CancellationToken);
        return [.. holders.Select(h => (h.Id, h.Email ?? ""))];
    }

    /// <summary>Says something in this execution's journal entry.</summary>
    public void Journal(string summary) => Summary = summary;

    private Dictionary<string, JsonNode?> Globals(IReadOnlyDictionary<string, JsonNode?>? extra)
    {
        var globals = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["variables"] = Variables,
            ["input"] = Input,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, JsonNode?>())
        {
            globals[name] = value;
        }

        return globals;
    }
}
