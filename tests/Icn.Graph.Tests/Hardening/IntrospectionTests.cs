using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;

namespace Icn.Graph.Tests.Hardening;

/// <summary>In Production, introspection and field suggestions are for staff only.</summary>
public sealed class IntrospectionTests : IAsyncLifetime
{
    private IcnApiFactory factory = null!;

    public Task InitializeAsync()
    {
        factory = new IcnApiFactory(
            TestDatabase.NewDatabaseConnectionString("introspection"),
            environment: "Production",
            settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = StaffApiFixture.Password });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await TestDatabase.DropAsync(factory.ConnectionString);
    }

    [Fact]
    public async Task Anonymous_callers_cannot_introspect_nor_get_suggestions_but_staff_can()
    {
        var anonymous = new GraphQLClient(factory.CreateClient());
        var staff = await SignInAsync("secretariat@demo.icn");
        const string misspelt = "{ clusters { nodes { nam } } }";

        var schema = await anonymous.PostAsync("{ __schema { types { name } } }");
        var type = await anonymous.PostAsync("{ renamed: __type(name: \"Cluster\") { name } }");
        var typename = await anonymous.PostAsync("{ __typename regions { __typename } }");
        var hidden = await anonymous.PostAsync(misspelt);
        var shown = await staff.PostAsync(misspelt);
        var staffSchema = await staff.PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal((401, "UNAUTHENTICATED"), (schema.Status, schema.FirstErrorCode));
        Assert.Equal(["renamed"], type.Errors[0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Empty(typename.Errors);
        Assert.DoesNotContain("Did you mean", hidden.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Did you mean", shown.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Query", staffSchema.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    private async Task<GraphQLClient> SignInAsync(string email)
    {
        var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/auth/login", new { email, password = StaffApiFixture.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(client);
    }
}
