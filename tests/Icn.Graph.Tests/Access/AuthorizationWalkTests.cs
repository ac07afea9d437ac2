using System.Diagnostics;
using System.Security.Claims;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Icn.Graph.Tests.Hardening.Workload;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Access;

/// <summary>
/// The authorization rule's walk is linear in the document: each fragment is walked once per type
/// it is spread into, however often it is spread, and a denial inside it is still reported. It
/// also stops at the request's cancellation. The rule runs alone here, without the budgets that
/// refuse such documents first, so what is measured is the walk itself.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationWalkTests(ApiFixture api)
{
    [Fact]
    public async Task Fragments_that_double_thirty_deep_are_walked_once_each_and_a_denial_inside_is_reported()
    {
        var document = FragmentExpansionTests.Doubling(30, "clusters(first: 1) { nodes { contact { email } } }");
        // The schema's initialization and the first validation's compilation are not the walk's.
        await ValidateAsync("{ regions { name } }", CancellationToken.None);
        var clock = Stopwatch.StartNew();

        var result = await ValidateAsync(document, CancellationToken.None);

        // Walked once per fragment it takes milliseconds; walked at every spread, two to the thirtieth visits take minutes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"The walk took {clock.Elapsed}.");
        var denial = Assert.IsType<AccessDeniedError>(Assert.Single(result.Errors));
        Assert.Contains("contact", denial.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_walk_stops_when_the_request_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ValidateAsync("{ regions { name } }", cancelled.Token));
    }

    private async Task<IValidationResult> ValidateAsync(string text, CancellationToken cancellationToken)
    {
        using var scope = api.Factory.Services.CreateScope();
        var schema = scope.ServiceProvider.GetRequiredService<IcnSchema>();
        schema.Initialize();
        var document = Parser.Parse(text);
        return await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().First(),
            Rules = [AuthorizationRule.Instance],
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            RequestServices = scope.ServiceProvider,
            User = new ClaimsPrincipal(new ClaimsIdentity()),
            CancellationToken = cancellationToken,
        });
    }
}
