using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Workflows;

/// <summary>Starting workflows, inboxes, claiming and answering tasks, incidents, retries and cancellation through the API.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class WorkflowRuntimeApiTests(StaffApiFixture api)
{
    private const string Errors = "errors { __typename code message path }";
    private const string Start = $"mutation($id: String!, $input: JSON, $subject: ID) {{ startWorkflow(input: {{ definitionId: $id, input: $input, subjectId: $subject }}) {{ instance {{ id status variables incidents {{ message activityId }} }} {Errors} }} }}";
    private const string Complete = $"mutation($task: ID!, $outcome: String!, $data: JSON) {{ completeTask(input: {{ taskId: $task, outcome: $outcome, comment: \"Looks complete\", data: $data }}) {{ task {{ status outcome comment data completedByName }} {Errors} }} }}";

    [Fact]
    public async Task A_task_reaches_the_role_inbox_with_its_subject_is_claimed_answered_once_and_the_journal_tells_it()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var board = await api.SignInAsync("board1@demo.icn");
        var id = await PublishAsync(admin, "api-screen", """
            { "id": "screen", "type": "HumanTask", "inputs": {
                "title": { "expression": "'Screen ' + input.name" }, "assignment": { "literal": "role" }, "role": { "literal": "SECRETARIAT" },
                "outcomes": { "literal": ["incomplete", "ready"] }, "subject": { "expression": "input.cluster" }, "dueIn": { "literal": "P10D" },
                "formFields": { "literal": [{ "name": "score", "label": "Score", "type": "number", "required": true }] } } }
            """, "screen", "ready");
        var cluster = (await admin.PostAsync("{ clusters(first: 1) { nodes { id name } } }")).Data!["clusters"]!["nodes"]![0]!;

        var started = (await admin.PostAsync(Start, new { id, input = new { name = "Rhône", cluster = cluster["id"]!.GetValue<string>() }, subject = cluster["id"]!.GetValue<string>() }))
            .Succeeded("startWorkflow", "instance");
        Assert.Equal("RUNNING", started["status"]!.GetValue<string>());

        const string Inbox = "query($subject: String!) { myTasks(where: { subjectId: { eq: $subject } }) { totalCount nodes { id title outcomes claimed dueAt assigneeRole formFields { name label type required } subject { __typename id ... on Cluster { name } } } } }";
        var inbox = (await secretariat.PostAsync(Inbox, new { subject = cluster["id"]!.GetValue<string>() })).Data!["myTasks"]!;
        var task = inbox["nodes"]!.AsArray().Single(t => t!["title"]!.GetValue<string>() == "Screen Rhône")!;
        Assert.Equal(["incomplete", "ready"], task["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(("Cluster", cluster["name"]!.GetValue<string>()), (task["subject"]!["__typename"]!.GetValue<string>(), task["subject"]!["name"]!.GetValue<string>()));
        Assert.Equal("score", task["formFields"]![0]!["name"]!.GetValue<string>());
        Assert.False(task["claimed"]!.GetValue<bool>());
        Assert.DoesNotContain((await board.PostAsync(Inbox, new { subject = cluster["id"]!.GetValue<string>() })).Data!["myTasks"]!["nodes"]!.AsArray(), t => t!["id"]!.GetValue<string>() == task["id"]!.GetValue<string>());

        var taskId = task["id"]!.GetValue<string>();
        Assert.Equal(("ForbiddenError", "FORBIDDEN", "input.taskId"), (await board.PostAsync(
            $"mutation($task: ID!) {{ claimTask(input: {{ taskId: $task }}) {{ task {{ id }} {Errors} }} }}", new { task = taskId })).Failed("claimTask"));
        var claimed = (await secretariat.PostAsync($"mutation($task: ID!) {{ claimTask(input: {{ taskId: $task }}) {{ task {{ claimed }} {Errors} }} }}", new { task = taskId }))
            .Succeeded("claimTask", "task");
        Assert.True(claimed["claimed"]!.GetValue<bool>());

        Assert.Equal(("ValidationError", "VALIDATION", "input.data.score"), (await secretariat.PostAsync(Complete, new { task = taskId, outcome = "ready" })).Failed("completeTask"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.outcome"), (await secretariat.PostAsync(Complete, new { task = taskId, outcome = "approve", data = new { score = 7 } })).Failed("completeTask"));
        var done = (await secretariat.PostAsync(Complete, new { task = taskId, outcome = "ready", data = new { score = 7 } })).Succeeded("completeTask", "task");
        Assert.Equal(("COMPLETED", "ready", 7, "Demo Secretariat"), (done["status"]!.GetValue<string>(), done["outcome"]!.GetValue<string>(), done["data"]!["score"]!.GetValue<int>(), done["completedByName"]!.GetValue<string>()));
        Assert.Equal(("ConflictError", "CONFLICT", "input.taskId"), (await secretariat.PostAsync(Complete, new { task = taskId, outcome = "ready", data = new { score = 7 } })).Failed("completeTask"));

        var instance = (await secretariat.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on WorkflowInstance { status definitionVersion subject { id } journal { activityId event outcome actorName } } } }",
            new { id = started["id"]!.GetValue<string>() })).Data!["node"]!;
        Assert.Equal("FINISHED", instance["status"]!.GetValue<string>());
        Assert.Equal(cluster["id"]!.GetValue<string>(), instance["subject"]!["id"]!.GetValue<string>());
        var journal = instance["journal"]!.AsArray();
        Assert.Equal(["start:completed", "screen:waiting", "screen:completed", "mark:completed"], journal.Select(e => $"{e!["activityId"]}:{e["event"]}"));
        Assert.Equal(("ready", "Demo Secretariat"), (journal[2]!["outcome"]!.GetValue<string>(), journal[2]!["actorName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_fault_is_an_incident_that_an_admin_retries_or_cancels()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        var id = await PublishAsync(admin, "api-fault", """
            { "id": "check", "type": "Decision", "inputs": { "condition": { "expression": "input.application.criteria.length > 6" } } }
            """, "check", "true");

        var faulted = (await admin.PostAsync(Start, new { id, input = new { } })).Succeeded("startWorkflow", "instance");
        Assert.Equal("FAULTED", faulted["status"]!.GetValue<string>());
        var incident = faulted["incidents"]![0]!;
        Assert.Equal("check", incident["activityId"]!.GetValue<string>());
        Assert.Contains("TypeError", incident["message"]!.GetValue<string>(), StringComparison.Ordinal);

        const string Retry = $"mutation($id: ID!) {{ retryWorkflowInstance(input: {{ id: $id }}) {{ instance {{ status incidents {{ resolution }} }} {Errors} }} }}";
        const string Cancel = $"mutation($id: ID!) {{ cancelWorkflowInstance(input: {{ id: $id }}) {{ instance {{ status finishedAt }} {Errors} }} }}";
        var retried = (await admin.PostAsync(Retry, new { id = faulted["id"]!.GetValue<string>() })).Succeeded("retryWorkflowInstance", "instance");
        Assert.Equal("FAULTED", retried["status"]!.GetValue<string>());
        Assert.Equal(["retried"], retried["incidents"]!.AsArray().Where(i => i!["resolution"] is not null).Select(i => i!["resolution"]!.GetValue<string>()));

        var cancelled = (await admin.PostAsync(Cancel, new { id = faulted["id"]!.GetValue<string>() })).Succeeded("cancelWorkflowInstance", "instance");
        Assert.Equal("CANCELLED", cancelled["status"]!.GetValue<string>());
        Assert.Equal(("ConflictError", "CONFLICT", "input.id"), (await admin.PostAsync(Cancel, new { id = faulted["id"]!.GetValue<string>() })).Failed("cancelWorkflowInstance"));
        Assert.Equal(("ConflictError", "CONFLICT", "input.id"), (await admin.PostAsync(Retry, new { id = faulted["id"]!.GetValue<string>() })).Failed("retryWorkflowInstance"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.id"), (await admin.PostAsync(Cancel, new { id = "not-an-id" })).Failed("cancelWorkflowInstance"));

        var listed = await admin.PostAsync(
            "query($def: String!) { workflowInstances(where: { definitionId: { eq: $def }, status: { eq: CANCELLED } }) { totalCount nodes { status } } }", new { def = id });
        Assert.Equal(1, listed.Data!["workflowInstances"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_signal_wakes_the_waiting_instance_and_says_how_many_woke()
    {
        var admin = await api.SignInAsync("admin@demo.icn");
        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var id = await PublishAsync(admin, "api-signal", """
            { "id": "wait", "type": "WaitForSignal", "inputs": { "signal": { "literal": "answered" }, "correlation": { "expression": "input.key" }, "variable": { "literal": "result" } } }
            """, "wait", "done");
        var key = Guid.NewGuid().ToString("N");
        var started = (await admin.PostAsync(Start, new { id, input = new { key } })).Succeeded("startWorkflow", "instance");

        const string Signal = $"mutation($key: String!) {{ signalWorkflow(input: {{ signal: \"answered\", correlation: $key, payload: {{ text: \"Here it is\", pages: 3 }} }}) {{ woken {Errors} }} }}";
        Assert.Equal(1, (await secretariat.PostAsync(Signal, new { key })).Payload("signalWorkflow")["woken"]!.GetValue<int>());
        Assert.Equal(0, (await secretariat.PostAsync(Signal, new { key })).Payload("signalWorkflow")["woken"]!.GetValue<int>());

        var instance = (await admin.PostAsync("query($id: ID!) { node(id: $id) { ... on WorkflowInstance { status variables } } }", new { id = started["id"]!.GetValue<string>() })).Data!["node"]!;
        Assert.Equal("FINISHED", instance["status"]!.GetValue<string>());
        Assert.Equal(3, instance["variables"]!["result"]!["pages"]!.GetValue<int>());
    }

    [Fact]
    public async Task Who_may_use_the_runtime()
    {
        var editor = await api.SignInAsync((await EditorEmailAsync())!);
        var board = await api.SignInAsync("board2@demo.icn");

        Assert.Equal(401, (await api.Anonymous.PostAsync("{ myTasks { totalCount } }")).Status);
        Assert.Equal(403, (await editor.PostAsync("{ workflowInstances { totalCount } }")).Status);
        Assert.Equal(403, (await board.PostAsync("mutation { startWorkflow(input: { definitionId: \"x\" }) { errors { code } } }")).Status);
        Assert.Equal(200, (await editor.PostAsync("{ myTasks { totalCount } }")).Status);
        var admin = await api.SignInAsync("admin@demo.icn");
        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.definitionId"), (await admin.PostAsync(Start, new { id = "no-such-definition" })).Failed("startWorkflow"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.input"), (await admin.PostAsync(Start, new { id = "no-such-definition", input = new[] { 1, 2 } })).Failed("startWorkflow"));
    }

    private async Task<string?> EditorEmailAsync()
    {
        await using var db = api.CreateDbContext();
        return db.Users.Where(u => u.Email!.StartsWith("editor.")).Select(u => u.Email).First();
    }

    /// <summary>Publishes Start → the given activity → (outcome) → a SetVariable "mark"; answers the definition id.</summary>
    private static async Task<string> PublishAsync(GraphQLClient admin, string prefix, string activity, string activityId, string outcome)
    {
        var id = $"{prefix}-{Guid.NewGuid():N}"[..24];
        var json = $$"""
            {
              "definitionId": "{{id}}", "name": "{{prefix}}",
              "variables": [ { "name": "result", "type": "object" }, { "name": "marked", "type": "boolean", "default": false } ],
              "activities": [
                { "id": "start", "type": "Start" },
                {{activity}},
                { "id": "mark", "type": "SetVariable", "inputs": { "variable": { "literal": "marked" }, "value": { "literal": true } } }
              ],
              "connections": [ { "from": "start", "outcome": "done", "to": "{{activityId}}" }, { "from": "{{activityId}}", "outcome": "{{outcome}}", "to": "mark" } ]
            }
            """;
        (await admin.PostAsync($"mutation($json: String!) {{ saveWorkflowDraft(input: {{ json: $json }}) {{ definition {{ version }} {Errors} }} }}", new { json })).Succeeded("saveWorkflowDraft", "definition");
        (await admin.PostAsync($"mutation($id: String!) {{ publishWorkflow(input: {{ definitionId: $id }}) {{ definition {{ version }} {Errors} }} }}", new { id })).Succeeded("publishWorkflow", "definition");
        return id;
    }
}
