using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Tests.Infrastructure;
using Icn.Graph.Tests.Applications.Journey;
using Microsoft.EntityFrameworkCore;
using static Icn.Graph.Tests.Applications.ApplicationRequests;

namespace Icn.Graph.Tests.Applications.Erasure;

/// <summary>
/// An applicant with a name and an address of their own (no other test, and nothing in the demo
/// network, has them), so that finding either anywhere means finding this applicant's copy.
/// </summary>
internal sealed record Applicant(JourneyApiFixture Api, string Id, Guid Key, string ClusterId, string Token, string Name, string Email)
{
    /// <summary>What must not be found once the contact is erased, or by those who may not read it.</summary>
    public string[] Needles => [Email, Name];

    /// <summary>Submits a valid application, anonymously, with <paramref name="name"/> and <paramref name="email"/> as its contact.</summary>
    public static async Task<Applicant> SubmitAsync(JourneyApiFixture api, string clusterName, string name, string email)
    {
        var input = await ValidInputAsync(api.Anonymous, clusterName, email);
        input["contactName"] = name;
        var response = await api.Anonymous.PostAsync(Submit, new { input });
        var id = response.Succeeded("submitApplication", "application")["id"]!.GetValue<string>();
        var token = response.Data!["submitApplication"]!["applicantToken"]!.GetValue<string>();
        Assert.True(GlobalId.TryDecode(id, out var key));
        await using var db = api.CreateDbContext();
        var cluster = await db.Applications.Where(a => a.Id == key.Key).Select(a => a.ClusterId).SingleAsync();
        return new Applicant(api, id, key.Key, GlobalId.Encode("Cluster", cluster), token, name, email);
    }

    /// <summary>The Secretariat screens it through its inbox.</summary>
    public async Task ScreenAsync(string outcome, string comment) =>
        await ApplicationSteps.ScreenAsync(await Api.SignInAsync(ApplicationJourney.Secretariat), Id, outcome, comment);

    /// <summary>The applicant answers the Secretariat's request with the token.</summary>
    public async Task RespondAsync(string answer) =>
        (await Api.Anonymous.PostAsync(Respond, new { token = Token, response = answer })).Succeeded("respondToInformationRequest", "application");

    /// <summary>The status, as the applicant reads it with the token.</summary>
    public async Task<string> StatusAsync()
    {
        var response = await Api.Anonymous.PostAsync(ByToken, new { token = Token });
        Assert.True(response.Errors.Count == 0, response.Pretty);
        return response.Data!["applicationByToken"]!["status"]!.GetValue<string>();
    }
}
