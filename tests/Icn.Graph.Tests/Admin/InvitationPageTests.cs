using System.Net;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Admin;

/// <summary>The invitation link opens a page in a browser, which posts the chosen password to the same address.</summary>
[Collection(ApiCollection.Name)]
public sealed class InvitationPageTests(ApiFixture api)
{
    [Fact]
    public async Task The_invitation_link_opens_the_password_page()
    {
        using var response = await api.GraphQL.Http.GetAsync("/auth/accept-invitation");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("fetch(\"/auth/accept-invitation\"", page, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"new-password\"", page, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
