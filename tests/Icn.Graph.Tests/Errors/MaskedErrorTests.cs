using GraphQL.Types;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Errors;

/// <summary>An unexpected exception reaches the caller as a code and a correlation id that the log also has, and nothing else.</summary>
public sealed class MaskedErrorTests() : OwnApiTests(
    "masked",
    environment: "Production",
    services: services => services.AddTestQueryFields<FailingField>())
{
    private const string Secret = "connection to db-7.internal refused for user icn_app";

    [Fact]
    public async Task An_internal_error_is_masked_and_correlated_with_the_log()
    {
        var client = new GraphQLClient(Factory.CreateClient());

        var response = await client.PostAsync("{ regions { name } failing }");

        var error = response.Errors.Single()!;
        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        var correlationId = error["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.DoesNotContain(Secret, response.Pretty, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Pretty, StringComparison.Ordinal);
        Assert.Null(error["extensions"]!["exception"]);
        Assert.Contains(correlationId, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(Factory.Logs.Lines, line => line.Contains(correlationId, StringComparison.Ordinal) && line.Contains(Secret, StringComparison.Ordinal));
        Assert.NotNull(response.Data!["regions"]);
    }

    private sealed class FailingField : IQueryFields
    {
        public void AddTo(ObjectGraphType query) =>
            query.Field<StringGraphType>("failing")
                .Description("Fails as a broken dependency would.")
                .Resolve(_ => throw new InvalidOperationException(Secret));
    }
}
