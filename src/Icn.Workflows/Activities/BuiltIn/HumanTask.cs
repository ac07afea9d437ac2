using System.Text.Json.Nodes;
using Icn.Domain.Staff;
using Icn.Domain.Workflows;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Workflows.Activities.BuiltIn;

/// <summary>
/// A task for a person: for one user, for a role (claimed by one holder) or one per holder of a
/// role. A group of holders decides by its completion rule, or by most votes once all have voted;
/// at its due date the rule is asked once more with <c>expired</c> set, and "expired" follows if it
/// still does not decide.
/// </summary>
public sealed class HumanTask : IActivityType
{
    public const string Expired = "expired";

    public ActivityDescriptor Descriptor { get; } = new(
        "HumanTask", "People",
        "A task in someone's inbox: for a user, for a role (one holder claims it) or one per holder of a role with a completion rule. Goes on by the outcome chosen, or by 'expired' at its due date.",
        [
            InputDescriptor.Text("title", "What the task asks, as the inbox shows it.", required: true),
            InputDescriptor.Choice("assignment", "'user', 'role' (claimable by one holder) or 'each-holder' (one task per holder).", true, "user", "role", "each-holder"),
            InputDescriptor.Text("role", "The role for 'role' and 'each-holder', e.g. SECRETARIAT."),
            InputDescriptor.Text("userId", "The user for 'user'."),
            InputDescriptor.Names("outcomes", "The choices the person has; each is an outcome to connect."),
            new InputDescriptor("formFields", "Fields the person fills in: name, label, type (text, number, date, boolean), required.", new JsonObject { ["type"] = "array" }),
            InputDescriptor.Text("dueIn", "How long the person has, ISO 8601 (P14D); then the task expires."),
            InputDescriptor.Text("remindAfter", "When to remind those who have not answered, ISO 8601 (P7D)."),
            InputDescriptor.Text("completionRule", "For 'each-holder': a JavaScript expression over `votes` (each { outcome, userId }), `holders` (how many: those whose role ended before they answered no longer count) and `expired` that answers the decided outcome, or null to wait for more votes. Without it, most votes win once all have voted."),
            InputDescriptor.Text("subject", "The id of the Node the task is about (an application, a membership)."),
            new InputDescriptor("variable", "A variable the definition declares, to receive the answer: { outcome, comment, data } (for a group, { outcome, comment } with the comments of those who cast the decided outcome, one per line).", new JsonObject { ["type"] = "string" }, AcceptsExpression: false),
        ],
        [Expired],
        OutcomesFromInput: "outcomes");

    public async ValueTask<ActivityResult> RunAsync(ActivityContext context)
    {
        var outcomes = context.Names("outcomes");
        var bookmark = context.Bookmark(BookmarkKind.Task);
        var dueIn = context.Duration("dueIn");
        var remindAfter = context.Duration("remindAfter");
        var due = dueIn is { } span ? context.Now + span : (DateTime?)null;
        WorkflowTask Task(Guid? user, string? role) => new()
        {
            Id = Guid.CreateVersion7(),
            BookmarkId = bookmark.Id,
            ActivityId = context.Activity.Id,
            Title = context.RequiredText("title"),
            AssigneeUserId = user,
            AssigneeRole = role,
            Outcomes = [.. outcomes],
            FormFields = (context.Value("formFields") as JsonArray ?? []).ToJsonString(),
            DueAt = due,
            SubjectId = context.Text("subject"),
            Status = WorkflowTaskStatus.Open,
        };

        var assignment = context.RequiredText("assignment");
        var tasks = assignment switch
        {
            "user" => [Task(UserOf(context), null)],
            "role" => [Task(null, RoleOf(context))],
            "each-holder" => await HoldersAsync(context, Task),
            _ => throw new WorkflowFault($"'{context.Activity.Id}': unknown assignment '{assignment}'."),
        };
        foreach (var task in tasks)
        {
            context.AddTask(task);
        }

        bookmark.Data = new JsonObject { ["assignment"] = assignment, ["holders"] = tasks.Count }.ToJsonString();
        if (due is { } dueAt)
        {
            context.Bookmark(BookmarkKind.Timer, dueAt: dueAt, data: new JsonObject { ["purpose"] = "due" }, parent: bookmark);
        }

        if (remindAfter is { } remind)
        {
            context.Bookmark(BookmarkKind.Timer, dueAt: context.Now + remind, data: new JsonObject { ["purpose"] = "remind" }, parent: bookmark);
        }

        context.Journal($"{tasks.Count} task(s), {assignment}{(tasks[0].AssigneeRole is { } r ? " " + r : "")}.");
        return ActivityResult.Wait;
    }

    public async ValueTask<ActivityResult> ResumeAsync(ActivityContext context, Resumption resumption)
    {
        var assignment = JsonNode.Parse(resumption.Bookmark.Data)?["assignment"]?.GetValue<string>();
        if (resumption.Timer is { } timer)
        {
            return JsonNode.Parse(timer.Data)?["purpose"]?.GetValue<string>() == "remind"
                ? await RemindAsync(context, resumption.Bookmark)
                : Decided(context, await DecideAsync(context, resumption.Bookmark, expired: true, answered: null) ?? new Decision(Expired, null));
        }

        var task = resumption.Task!;
        if (resumption.WithdrawnBecause is { } withdrawn)
        {
            // A holder's role ended: the group decides again without them, and may already have decided.
            return await DecideAsync(context, resumption.Bookmark, expired: false, $"Withdrawn: {withdrawn}") is { } decision ? Decided(context, decision) : ActivityResult.Wait;
        }

        if (assignment != "each-holder")
        {
            context.Journal(Answered(task) + ".");
            Remember(context, new JsonObject { ["outcome"] = task.Outcome, ["comment"] = task.Comment, ["data"] = task.Data is null ? null : JsonNode.Parse(task.Data) });
            return ActivityResult.Go(task.Outcome!);
        }

        return await DecideAsync(context, resumption.Bookmark, expired: false, Answered(task)) is { } outcome ? Decided(context, outcome) : ActivityResult.Wait;
    }

    /// <summary>The journal's line for one answer, with its comment: the record of who said what (the actor is the entry's).</summary>
    private static string Answered(WorkflowTask task) =>
        $"Answered {task.Outcome}{(string.IsNullOrWhiteSpace(task.Comment) ? "" : $" (\"{task.Comment.Trim()}\")")}";

    /// <summary>Keeps the group's decision with the reasons of those who cast it (a rejection's reasons are told to the applicant).</summary>
    private static ActivityResult Decided(ActivityContext context, Decision decision)
    {
        Remember(context, new JsonObject { ["outcome"] = decision.Outcome, ["comment"] = decision.Comment });
        return ActivityResult.Go(decision.Outcome);
    }

    private sealed record Decision(string Outcome, string? Comment);

    /// <summary>Keeps the answer in the variable the definition names, for the steps after (a reason, a question).</summary>
    private static void Remember(ActivityContext context, JsonObject answer)
    {
        if (context.Text("variable") is { Length: > 0 } variable)
        {
            context.Variables[variable] = answer;
        }
    }

    /// <summary>
    /// A group's decision: the completion rule's answer, else most votes (first outcome on a tie) once
    /// all voted. The holders are the group's tasks that are not withdrawn: those answered (a vote
    /// cast stays cast) and those still open. While the group waits, its only cancelled tasks are
    /// those withdrawn from members whose role ended.
    /// </summary>
    private static async Task<Decision?> DecideAsync(ActivityContext context, WorkflowBookmark bookmark, bool expired, string? answered)
    {
        var group = await context.Db.WorkflowTasks.AsNoTracking()
            .Where(t => t.BookmarkId == bookmark.Id && t.Status != WorkflowTaskStatus.Cancelled)
            .OrderBy(t => t.CompletedAt).ThenBy(t => t.Id)
            .Select(t => new { t.Status, t.Outcome, t.CompletedById, t.Comment })
            .ToListAsync(context.CancellationToken);
        var votes = group.Where(t => t.Status == WorkflowTaskStatus.Completed).ToList();
        var holders = group.Count;
        var outcomes = context.Names("outcomes");
        context.Journal($"{(answered is null ? "" : answered + "; ")}{votes.Count} of {holders} answered{(expired ? "; the due date passed" : "")}.");
        Decision WithReasons(string outcome)
        {
            var comments = votes.Where(v => v.Outcome == outcome && !string.IsNullOrWhiteSpace(v.Comment)).Select(v => v.Comment!.Trim()).ToList();
            return new Decision(outcome, comments.Count == 0 ? null : string.Join("\n", comments));
        }

        if (context.Text("completionRule") is { Length: > 0 } rule)
        {
            var ballot = new JsonArray([.. votes.Select(v => (JsonNode)new JsonObject { ["outcome"] = v.Outcome, ["userId"] = v.CompletedById?.ToString() })]);
            var answer = context.Evaluate(rule, new Dictionary<string, JsonNode?> { ["votes"] = ballot, ["holders"] = holders, ["expired"] = expired }, "completion rule");
            if (answer is JsonValue value && value.TryGetValue<string>(out var decided))
            {
                return outcomes.Contains(decided) || decided == Expired
                    ? WithReasons(decided)
                    : throw new WorkflowFault($"'{context.Activity.Id}': the completion rule answered '{decided}', which is not an outcome ({string.Join(", ", outcomes)}).");
            }

            if (answer is not null)
            {
                throw new WorkflowFault($"'{context.Activity.Id}': the completion rule must answer an outcome's name or null; it answered {answer.ToJsonString()}.");
            }
        }

        if (votes.Count < holders || votes.Count == 0)
        {
            return null;
        }

        var counts = votes.GroupBy(v => v.Outcome!).ToDictionary(g => g.Key, g => g.Count());
        return WithReasons(outcomes.Where(counts.ContainsKey).OrderByDescending(o => counts[o]).First());
    }

    private static async Task<ActivityResult> RemindAsync(ActivityContext context, WorkflowBookmark bookmark)
    {
        var open = await context.Db.WorkflowTasks.AsNoTracking()
            .Where(t => t.BookmarkId == bookmark.Id && t.Status == WorkflowTaskStatus.Open)
            .ToListAsync(context.CancellationToken);
        var reminded = 0;
        foreach (var task in open)
        {
            var recipients = task.AssigneeUserId is { } userId
                ? await context.Db.Users.Where(u => u.Id == userId && u.IsActive).Select(u => u.Email).ToListAsync(context.CancellationToken)
                : [.. (await context.RoleHoldersAsync(task.AssigneeRole!)).Select(h => h.Email)];
            foreach (var email in recipients.OfType<string>().Where(e => e.Length > 0))
            {
                context.SendEmail(email, $"Reminder: {task.Title}", $"A task is waiting for you in the ICN inbox: {task.Title}" + (task.DueAt is { } due ? $" (due {due:yyyy-MM-dd HH:mm} UTC)." : "."));
                reminded++;
            }
        }

        context.Journal($"Reminded {reminded} person(s) of {open.Count} open task(s).");
        return ActivityResult.Wait;
    }

    private static Guid UserOf(ActivityContext context) =>
        Guid.TryParse(context.RequiredText("userId"), out var id) ? id : throw new WorkflowFault($"'{context.Activity.Id}': 'userId' is not an account's id.");

    private static string RoleOf(ActivityContext context)
    {
        var role = context.RequiredText("role");
        return StaffRoles.All.Contains(role) ? role : throw new WorkflowFault($"'{context.Activity.Id}': '{role}' is not a staff role ({string.Join(", ", StaffRoles.All)}).");
    }

    private static async Task<List<WorkflowTask>> HoldersAsync(ActivityContext context, Func<Guid?, string?, WorkflowTask> task)
    {
        var role = RoleOf(context);
        var holders = await context.RoleHoldersAsync(role);
        return holders.Count > 0
            ? [.. holders.Select(h => task(h.Id, role))]
            : throw new WorkflowFault($"'{context.Activity.Id}': nobody holds the role {role}, so nobody could answer.");
    }
}
