using Icn.Graph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.Applications.ApplicationRequests;

namespace Icn.Graph.Tests.Applications;

/// <summary>The same cluster from the same address while its application is in progress is not a second application.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class DuplicateSubmissionTests(StaffApiFixture api)
{
    private const string Withdraw = $"mutation($token: String!) {{ withdrawApplication(input: {{ token: $token }}) {{ application {{ status }} {ApplicationRequests.Errors} }} }}";

    [Fact]
    public async Task A_second_submission_while_the_first_is_in_progress_is_a_conflict_and_after_a_withdrawal_it_is_taken()
    {
        var (_, token) = await SubmitAsync(api.Anonymous, "Twice Submitted Cluster", "twice@example.org");

        var again = await api.Anonymous.PostAsync(Submit, new { input = await ValidInputAsync(api.Anonymous, "  twice submitted cluster ", "TWICE@example.org") });

        Assert.Equal(("ConflictError", "CONFLICT", "input.clusterName"), again.Failed("submitApplication"));
        Assert.Null(again.Data!["submitApplication"]!["applicantToken"]);
        await SubmitAsync(api.Anonymous, "Twice Submitted Cluster", "someone.else@example.org");
        (await api.Anonymous.PostAsync(Withdraw, new { token })).Succeeded("withdrawApplication", "application");
        await SubmitAsync(api.Anonymous, "Twice Submitted Cluster", "twice@example.org");
        await using var db = api.CreateDbContext();
        Assert.Equal(3, await db.Applications.CountAsync(a => a.Cluster!.Name == "Twice Submitted Cluster"));
    }

    [Fact]
    public async Task Two_identical_submissions_at_once_make_one_application()
    {
        var input = await ValidInputAsync(api.Anonymous, "Double Click Cluster", "double.click@example.org");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.Anonymous.PostAsync(Submit, new { input })));

        Assert.Single(answers, a => a.Data!["submitApplication"]!["applicantToken"] is not null);
        Assert.Equal(3, answers.Count(a => a.Data!["submitApplication"]!["errors"]!.AsArray().Count == 1));
        await using var db = api.CreateDbContext();
        Assert.Equal(1, await db.Applications.CountAsync(a => a.Cluster!.Name == "Double Click Cluster"));
    }
}
