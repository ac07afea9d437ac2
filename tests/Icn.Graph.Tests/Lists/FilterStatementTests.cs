using Icn.Graph.Tests.Infrastructure;
using Npgsql;

namespace Icn.Graph.Tests.Lists;

/// <summary>
/// Decision 5: an enum or boolean filter value is written into the statement (a handful of
/// statements, each planned once); every other value is sent as a parameter.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FilterStatementTests(ApiFixture api)
{
    private const string ByStatusAndTitle = """
        query($status: OpportunityStatus!, $title: String!) {
          opportunities(first: 50, where: { status: { eq: $status }, title: { contains: $title } }) { nodes { title status } }
        }
        """;

    [Fact]
    public async Task An_enum_value_is_in_the_statement_and_a_text_value_is_a_parameter()
    {
        using var counter = new SqlCommandCounter(new NpgsqlConnectionStringBuilder(api.Factory.ConnectionString).Database!);

        var response = await api.GraphQL.PostAsync(ByStatusAndTitle, new { status = "CLOSED", title = "tender" });

        Assert.Empty(response.Errors);
        var statement = Assert.Single(counter.Texts, text => text.Contains("FROM opportunities", StringComparison.Ordinal));
        Assert.Contains("o.status = 'closed'", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("tender", statement, StringComparison.Ordinal);
        Assert.Contains("ILIKE @", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_enum_value_answers_by_its_own_statement()
    {
        // The same document with alternating values: each answer must be of its own value, never of
        // a statement made for the other one.
        foreach (var status in new[] { "PUBLISHED", "CLOSED", "PUBLISHED", "CLOSED" })
        {
            var response = await api.GraphQL.PostAsync(ByStatusAndTitle, new { status, title = "" });

            Assert.Empty(response.Errors);
            var nodes = response.Data!["opportunities"]!["nodes"]!.AsArray();
            Assert.NotEmpty(nodes);
            Assert.All(nodes, node => Assert.Equal(status, node!["status"]!.GetValue<string>()));
        }
    }
}
