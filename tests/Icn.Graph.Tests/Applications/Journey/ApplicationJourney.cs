using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;
using static Icn.Graph.Tests.Applications.ApplicationRequests;

namespace Icn.Graph.Tests.Applications.Journey;

/// <summary>
/// One membership application taken through the process by the people in it, each step as they
/// would take it through the API: the applicant with the token, the Secretariat and the Board
/// members with their inboxes. Each journey has a cluster and an applicant address of its own.
/// </summary>
internal sealed class ApplicationJourney
{
    public const string Secretariat = "secretariat@demo.icn";

    private const string Inbox = "query($subject: String!) { myTasks(where: { subjectId: { eq: $subject } }, first: 100) { nodes { id title outcomes claimed assigneeRole } } }";
    private const string StaffView = "query($id: ID!) { node(id: $id) { ... on Application { status decisionReason cluster { id name membership { status since } } } } }";

    private readonly JourneyApiFixture api;
    private readonly string token;

    private ApplicationJourney(JourneyApiFixture api, string clusterName, string contactEmail, string id, string token)
    {
        (this.api, ClusterName, ContactEmail, Id, this.token) = (api, clusterName, contactEmail, id, token);
    }

    public string ClusterName { get; }

    /// <summary>The applicant's address, where the workflow's e-mails to them go.</summary>
    public string ContactEmail { get; }

    /// <summary>The application's global id, the subject of its tasks.</summary>
    public string Id { get; }

    /// <summary>The applicant submits, anonymously, and keeps the token.</summary>
    public static async Task<ApplicationJourney> SubmitAsync(JourneyApiFixture api, string clusterName)
    {
        var contactEmail = $"{clusterName.ToLowerInvariant().Replace(' ', '.')}@applicant.example";
        var (id, token) = await ApplicationRequests.SubmitAsync(api.Anonymous, clusterName, contactEmail);
        return new ApplicationJourney(api, clusterName, contactEmail, id, token);
    }

    /// <summary>What the applicant sees with the token.</summary>
    public async Task<JsonNode> FollowAsync()
    {
        var response = await api.Anonymous.PostAsync(ByToken, new { token });
        Assert.True(response.Errors.Count == 0, response.Pretty);
        return response.Data!["applicationByToken"]!;
    }

    public async Task<string> StatusAsync() => (await FollowAsync())["status"]!.GetValue<string>();

    /// <summary>Where the application stands and why, as the applicant reads it.</summary>
    public async Task<(string Status, string? Reason)> DecisionAsync()
    {
        var followed = await FollowAsync();
        return (followed["status"]!.GetValue<string>(), followed["decisionReason"]?.GetValue<string>());
    }

    /// <summary>What the Secretariat sees: the status, the decision's reason and the cluster once approved.</summary>
    public async Task<JsonNode> AsStaffSeesItAsync()
    {
        var response = await (await api.SignInAsync(Secretariat)).PostAsync(StaffView, new { id = Id });
        Assert.True(response.Errors.Count == 0, response.Pretty);
        return response.Data!["node"]!;
    }

    /// <summary>The applicant answers the Secretariat's question.</summary>
    public async Task RespondAsync(string answer) =>
        (await api.Anonymous.PostAsync(Respond, new { token, response = answer })).Succeeded("respondToInformationRequest", "application");

    /// <summary>The tasks about <paramref name="subject"/> (this application by default) in <paramref name="email"/>'s inbox.</summary>
    public async Task<List<JsonNode>> InboxAsync(string email, string? subject = null)
    {
        var response = await (await api.SignInAsync(email)).PostAsync(Inbox, new { subject = subject ?? Id });
        Assert.True(response.Errors.Count == 0, response.Pretty);
        return [.. response.Data!["myTasks"]!["nodes"]!.AsArray().Select(task => task!)];
    }

    /// <summary>The Secretariat finds the screening task in its inbox, claims it and answers it.</summary>
    public async Task ScreenAsync(string outcome, string comment) =>
        await ApplicationSteps.ScreenAsync(await api.SignInAsync(Secretariat), Id, outcome, comment);

    /// <summary>A Board member finds their decision task in their inbox and answers it.</summary>
    public async Task VoteAsync(string boardMember, string decision, string? comment = null) =>
        await ApplicationSteps.VoteAsync(await api.SignInAsync(boardMember), Id, decision, comment);

    /// <summary>Screened ready for the Board, then approved by a majority of it; answers the new member's global id.</summary>
    public async Task<string> ApproveAsync()
    {
        await ScreenAsync("ready-for-board", "All seven criteria are evidenced.");
        foreach (var member in api.Board.Take(api.Majority))
        {
            await VoteAsync(member, "approve");
        }

        var approved = await AsStaffSeesItAsync();
        Assert.True(approved["status"]!.GetValue<string>() == "APPROVED", approved.ToJsonString());
        return approved["cluster"]!["id"]!.GetValue<string>();
    }

    /// <summary>How many Board members still have this application's decision task in their inbox.</summary>
    public async Task<int> OpenBoardTasksAsync()
    {
        var open = 0;
        foreach (var member in api.Board)
        {
            open += (await InboxAsync(member)).Count;
        }

        return open;
    }

    public Task<List<(string Subject, string Body)>> MailsAsync() => api.MailsToAsync(ContactEmail);

    /// <summary>The body of the one e-mail with <paramref name="subject"/> to the applicant.</summary>
    public async Task<string> MailAsync(string subject) => Assert.Single(await MailsAsync(), mail => mail.Subject == subject).Body;
}
