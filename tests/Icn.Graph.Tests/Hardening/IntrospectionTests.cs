using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Hardening;

/// <summary>In Production, introspection and field suggestions are for staff only.</summary>
public sealed class IntrospectionTests() : OwnApiTests(
    "introspection",
    environment: "Production",
    settings: new() { ["Demo:SeedAccounts"] = "true", ["Demo:Password"] = StaffApiFixture.Password })
{
    [Fact]
    public async Task Anonymous_callers_cannot_introspect_nor_get_suggestions_but_staff_can()
    {
        var anonymous = new GraphQLClient(Factory.CreateClient());
        var staff = await BearerSignIn.ClientAsync(Factory, "secretariat@demo.icn", StaffApiFixture.Password);
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
}
