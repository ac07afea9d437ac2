using Icn.Domain.Membership;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.Applications.ApplicationRequests;

namespace Icn.Graph.Tests.Applications;

/// <summary>After submission: the applicant answers the Secretariat, and the network's staff list applications.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class ApplicationFollowUpTests(StaffApiFixture api)
{
    private const string List = "query($status: ApplicationStatus!) { applications(where: { status: { eq: $status } }, first: 100) { totalCount nodes { id status clusterName contactEmail secretariatNotes evidence { criterion } } } }";

    [Fact]
    public async Task An_answer_is_refused_while_no_information_is_requested()
    {
        var (_, token) = await SubmitAsync(api.Anonymous, "Eager Answer Cluster");

        var response = await api.Anonymous.PostAsync(Respond, new { token, response = "Here is more." });

        Assert.Equal(("ConflictError", "CONFLICT", "input.token"), response.Failed("respondToInformationRequest"));
        await using var db = api.CreateDbContext();
        Assert.Null(await db.Applications.Where(a => a.Cluster!.Name == "Eager Answer Cluster").Select(a => a.InformationResponse).SingleAsync());
    }

    [Fact]
    public async Task An_answer_with_an_unknown_token_finds_no_application()
    {
        var response = await api.Anonymous.PostAsync(Respond, new { token = new string('x', 43), response = "Hello" });

        Assert.Equal(("NotFoundError", "NOT_FOUND", "input.token"), response.Failed("respondToInformationRequest"));
    }

    [Fact]
    public async Task The_applicant_answers_a_request_and_follows_it_with_the_token()
    {
        var (id, token) = await SubmitAsync(api.Anonymous, "Answering Cluster");

        // The workflow asks when the Secretariat screens the application as incomplete.
        await ApplicationSteps.ScreenAsync(await api.SignInAsync("secretariat@demo.icn"), id, "incomplete", "Please list your international partners.");

        Assert.Equal(("ValidationError", "VALIDATION", "input.response"),
            (await api.Anonymous.PostAsync(Respond, new { token, response = "  " })).Failed("respondToInformationRequest"));
        Assert.Equal(("ValidationError", "VALIDATION", "input.response"),
            (await api.Anonymous.PostAsync(Respond, new { token, response = new string('r', 8001) })).Failed("respondToInformationRequest"));

        var answered = (await api.Anonymous.PostAsync(Respond, new { token, response = "  Partners in Kiel and Aarhus.  " }))
            .Succeeded("respondToInformationRequest", "application");
        Assert.Equal("Partners in Kiel and Aarhus.", answered["informationResponse"]!.GetValue<string>());

        var followed = (await api.Anonymous.PostAsync(ByToken, new { token })).Data!["applicationByToken"]!;
        Assert.Equal(("Please list your international partners.", "Partners in Kiel and Aarhus."),
            (followed["informationRequest"]!.GetValue<string>(), followed["informationResponse"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_Secretariat_and_the_Board_list_applications_with_what_they_may_read()
    {
        var (id, _) = await SubmitAsync(api.Anonymous, "Listed Cluster");

        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var listed = (await secretariat.PostAsync(List, new { status = "SUBMITTED" })).Data!["applications"]!["nodes"]!.AsArray()
            .Single(n => n!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(("Listed Cluster", "ingrid@example.org", 7), (listed["clusterName"]!.GetValue<string>(), listed["contactEmail"]!.GetValue<string>(), listed["evidence"]!.AsArray().Count));

        var board = await api.SignInAsync("board1@demo.icn");
        var boardList = await board.PostAsync("query { applications(first: 100) { nodes { id clusterName secretariatNotes } } }");
        Assert.Contains(boardList.Data!["applications"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id);
        Assert.Equal(403, (await board.PostAsync("query { applications { nodes { contactEmail } } }")).Status);

        var node = (await board.PostAsync("query($id: ID!) { node(id: $id) { ... on Application { clusterName } } }", new { id })).Data!["node"]!;
        Assert.Equal("Listed Cluster", node["clusterName"]!.GetValue<string>());
        var empty = (await secretariat.PostAsync(List, new { status = "APPROVED" })).Data!["applications"]!["nodes"]!.AsArray();
        Assert.DoesNotContain(empty, n => n!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Applications_are_not_listed_for_anonymous_callers_or_editors()
    {
        var (id, _) = await SubmitAsync(api.Anonymous, "Hidden Cluster");
        await using var db = api.CreateDbContext();
        var editorEmail = await db.Users.Where(u => u.Email!.StartsWith("editor.")).Select(u => u.Email!).FirstAsync();
        var editor = await api.SignInAsync(editorEmail);

        Assert.Equal(401, (await api.Anonymous.PostAsync("{ applications { totalCount } }")).Status);
        Assert.Equal(403, (await editor.PostAsync("{ applications { totalCount } }")).Status);
        Assert.Null((await api.Anonymous.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).Data!["node"]);
        Assert.Null((await editor.PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id })).Data!["node"]);
    }
}
