using Icn.Graph.Tests.Hardening.Workload;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Hardening;

/// <summary>
/// The request's timeout covers validation, not only execution: with the fragment budget lifted,
/// a document whose fragments double thirty deep makes the complexity rule price two to the
/// thirtieth fields, and the request is still answered TIMEOUT at the timeout.
/// </summary>
public sealed class ValidationTimeoutTests() : OwnApiTests(
    "validationtimeout",
    settings: new()
    {
        ["GraphQL:Limits:ExecutionTimeout"] = "00:00:01",
        ["GraphQL:Limits:MaxFragmentSpreads"] = $"{int.MaxValue}",
    })
{
    [Fact]
    public async Task A_validation_that_outlasts_the_timeout_is_answered_as_a_timeout()
    {
        var client = new GraphQLClient(Factory.CreateClient());
        // A one-second timeout leaves a cold or loaded host little room; a small query answers once it is warm.
        await AnswersAsync(client);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var response = await client.PostAsync(FragmentExpansionTests.Doubling(30, "regions { id }"));

        Assert.Equal((504, "TIMEOUT"), (response.Status, response.FirstErrorCode));
        // At the one-second timeout, with room for a loaded machine; the walk itself would take minutes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Answered after {clock.Elapsed}.");
        await AnswersAsync(client);
    }

    private static Task AnswersAsync(GraphQLClient client) =>
        Eventually.ValueAsync(() => client.PostAsync("{ regions { name } }"), response => response.Errors.Count == 0, "a small query answered", response => response.Pretty);
}
