using System.Text.Json.Nodes;
using Icn.Domain.Membership;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.Applications.ApplicationRequests;

namespace Icn.Graph.Tests.Applications;

/// <summary>Submitting a membership application anonymously: what is stored, the token, the workflow it starts.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class SubmitApplicationTests(StaffApiFixture api)
{
    [Fact]
    public async Task A_valid_application_is_submitted_followed_by_its_token_and_screened_by_the_Secretariat()
    {
        var input = await ValidInputAsync(api.Anonymous, "Fjord Wind Cluster");
        var response = await api.Anonymous.PostAsync(Submit, new { input });
        var application = response.Succeeded("submitApplication", "application");
        Assert.Equal(("SUBMITTED", "Fjord Wind Cluster"), (application["status"]!.GetValue<string>(), application["clusterName"]!.GetValue<string>()));
        var id = application["id"]!.GetValue<string>();
        var token = response.Data!["submitApplication"]!["applicantToken"]!.GetValue<string>();
        Assert.Equal(43, token.Length);

        var followed = (await api.Anonymous.PostAsync(ByToken, new { token })).Data!["applicationByToken"]!;
        Assert.Equal(id, followed["id"]!.GetValue<string>());
        Assert.Equal(("NO", "Bergen", 120, 20), (followed["countryCode"]!.GetValue<string>(), followed["city"]!.GetValue<string>(), followed["memberCount"]!.GetValue<int>(), followed["helix"]!["researchInstitutions"]!.GetValue<int>()));
        Assert.Equal(input["regionId"]!.GetValue<string>(), followed["region"]!["id"]!.GetValue<string>());
        Assert.Equal(input["sectorIds"]![0]!.GetValue<string>(), followed["sectors"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(Criteria, followed["evidence"]!.AsArray().Select(e => e!["criterion"]!.GetValue<string>()));
        Assert.Null(followed["cluster"]);

        // Stored: only the token's hash, the cluster as a non-public APPLICANT with a slug of its own.
        await using (var db = api.CreateDbContext())
        {
            var stored = await db.Applications.Include(a => a.Cluster).SingleAsync(a => a.Cluster!.Name == "Fjord Wind Cluster");
            Assert.NotEqual(token, stored.TokenHash);
            Assert.Equal(64, stored.TokenHash.Length);
            Assert.Equal(("ingrid@example.org", MembershipStatus.Applicant), (stored.ContactEmail, stored.Cluster!.Membership.Status));
            Assert.Equal("fjord-wind-cluster", stored.Cluster.Slug);
        }

        var clusters = (await api.Anonymous.PostAsync("{ clusters(where: { name: { eq: \"Fjord Wind Cluster\" } }) { totalCount } }")).Data!["clusters"]!;
        Assert.Equal(0, clusters["totalCount"]!.GetValue<int>());

        // The workflow runs about the application and the Secretariat has its screening task.
        var admin = await api.SignInAsync("admin@demo.icn");
        var instances = (await admin.PostAsync("query($subject: String!) { workflowInstances(where: { subjectId: { eq: $subject } }) { nodes { definitionId status input } } }", new { subject = id }))
            .Data!["workflowInstances"]!["nodes"]!.AsArray();
        var instance = Assert.Single(instances)!;
        Assert.Equal(("membership-application", "RUNNING"), (instance["definitionId"]!.GetValue<string>(), instance["status"]!.GetValue<string>()));
        Assert.Equal(("Fjord Wind Cluster", id), (instance["input"]!["clusterName"]!.GetValue<string>(), instance["input"]!["application"]!.GetValue<string>()));

        // Keys, not copies: the workflow reads the applicant's address from the application when it mails them.
        Assert.Equal(["application", "applicationId", "cluster", "clusterName"], instance["input"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));

        var secretariat = await api.SignInAsync("secretariat@demo.icn");
        var tasks = (await secretariat.PostAsync("query($subject: String!) { myTasks(where: { subjectId: { eq: $subject } }) { nodes { title outcomes subject { ... on Application { id clusterName } } } } }", new { subject = id }))
            .Data!["myTasks"]!["nodes"]!.AsArray();
        var task = Assert.Single(tasks)!;
        Assert.Equal("Screen the application of Fjord Wind Cluster", task["title"]!.GetValue<string>());
        Assert.Equal(["incomplete", "not-eligible", "ready-for-board"], task["outcomes"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(id, task["subject"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_or_malformed_token_finds_nothing()
    {
        var (_, token) = await SubmitAsync(api.Anonymous, "Token Check Cluster");
        var wrong = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        foreach (var candidate in new[] { wrong, "not-a-token", "" })
        {
            var response = await api.Anonymous.PostAsync(ByToken, new { token = candidate });
            Assert.Empty(response.Errors);
            Assert.Null(response.Data!["applicationByToken"]);
        }
    }

    [Fact]
    public async Task Two_applications_with_the_same_name_get_different_slugs_and_tokens()
    {
        // Two clusters of one name, from two contacts (one contact's second submission is refused: DuplicateSubmissionTests).
        var (first, firstToken) = await SubmitAsync(api.Anonymous, "Twin Solar Cluster", "north@twin-solar.example");
        var (second, secondToken) = await SubmitAsync(api.Anonymous, "Twin Solar Cluster", "south@twin-solar.example");
        Assert.NotEqual(first, second);
        Assert.NotEqual(firstToken, secondToken);

        await using var db = api.CreateDbContext();
        var slugs = await db.Clusters.Where(c => c.Name == "Twin Solar Cluster").Select(c => c.Slug).OrderBy(s => s).ToListAsync();
        Assert.Equal(["twin-solar-cluster", "twin-solar-cluster-2"], slugs);
    }

    [Fact]
    public async Task The_applicant_may_not_read_what_is_for_staff_only()
    {
        var (_, token) = await SubmitAsync(api.Anonymous, "Curious Applicant Cluster");
        foreach (var field in new[] { "contactEmail", "contactName", "secretariatNotes" })
        {
            var response = await api.Anonymous.PostAsync($"query($token: String!) {{ applicationByToken(token: $token) {{ {field} }} }}", new { token });
            Assert.Equal(401, response.Status);
            Assert.Null(response.Data?["applicationByToken"]);
        }
    }
}
