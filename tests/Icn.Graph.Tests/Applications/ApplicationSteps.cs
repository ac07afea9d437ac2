using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Applications;

/// <summary>What the Secretariat and the Board do with an application, through the API as they do it: find the task in the inbox, claim it when it is a role's, answer it.</summary>
internal static class ApplicationSteps
{
    private const string Inbox = "query($subject: String!) { myTasks(where: { subjectId: { eq: $subject } }, first: 100) { nodes { id claimed } } }";
    private const string Claim = $"mutation($task: ID!) {{ claimTask(input: {{ taskId: $task }}) {{ task {{ id }} {ApplicationRequests.Errors} }} }}";
    private const string Complete = $"mutation($task: ID!, $outcome: String!, $comment: String) {{ completeTask(input: {{ taskId: $task, outcome: $outcome, comment: $comment }}) {{ task {{ status outcome }} {ApplicationRequests.Errors} }} }}";

    /// <summary>The Secretariat screens the application: claims its task and answers with an outcome and a comment.</summary>
    public static Task ScreenAsync(GraphQLClient secretariat, string applicationId, string outcome, string comment) =>
        AnswerAsync(secretariat, applicationId, outcome, comment);

    /// <summary>A Board member casts their decision on the application.</summary>
    public static Task VoteAsync(GraphQLClient boardMember, string applicationId, string decision, string? comment = null) =>
        AnswerAsync(boardMember, applicationId, decision, comment);

    /// <summary>The e-mails of the Board's members who can sign in (ACTIVE, not merely invited), as an admin lists them: each gets a decision task.</summary>
    public static async Task<List<string>> BoardMembersAsync(GraphQLClient admin)
    {
        var board = await admin.PostAsync("{ users(where: { role: { eq: BOARD } }, first: 100) { nodes { email status } } }");
        Assert.True(board.Errors.Count == 0, board.Pretty);
        return [.. board.Data!["users"]!["nodes"]!.AsArray().Where(user => user!["status"]!.GetValue<string>() == "ACTIVE").Select(user => user!["email"]!.GetValue<string>())];
    }

    /// <summary>The ids of the caller's open tasks about the application (claimable role tasks included).</summary>
    public static async Task<List<string>> OpenTasksAsync(GraphQLClient client, string applicationId) =>
        [.. (await client.PostAsync(Inbox, new { subject = applicationId })).Data!["myTasks"]!["nodes"]!.AsArray().Select(t => t!["id"]!.GetValue<string>())];

    private static async Task AnswerAsync(GraphQLClient client, string applicationId, string outcome, string? comment)
    {
        var task = (await client.PostAsync(Inbox, new { subject = applicationId })).Data!["myTasks"]!["nodes"]!.AsArray().Single()!;
        var taskId = task["id"]!.GetValue<string>();
        if (!task["claimed"]!.GetValue<bool>())
        {
            (await client.PostAsync(Claim, new { task = taskId })).Succeeded("claimTask", "task");
        }

        var done = (await client.PostAsync(Complete, new { task = taskId, outcome, comment })).Succeeded("completeTask", "task");
        Assert.Equal(("COMPLETED", outcome), (done["status"]!.GetValue<string>(), done["outcome"]!.GetValue<string>()));
    }
}
