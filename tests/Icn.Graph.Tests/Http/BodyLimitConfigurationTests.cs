using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;

namespace Icn.Graph.Tests.Http;

/// <summary>The body limit's settings: a wrong or replaced one stops the API at start, saying what to do.</summary>
public sealed class BodyLimitConfigurationTests
{
    [Theory]
    [InlineData("GraphQL:Http:MaxBodyBytes", "65536", "GraphQL:Http:MaxBodyBytes was replaced by Api:MaxRequestBodyBytes")]
    [InlineData("Api:MaxRequestBodyBytes", "0", "Api:MaxRequestBodyBytes must be a positive number of bytes")]
    public async Task A_replaced_or_wrong_setting_fails_the_start(string key, string value, string expected)
    {
        await using var factory = new IcnApiFactory(TestDatabase.NewDatabaseConnectionString("body_config"), settings: new() { [key] = value });

        var exception = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains(expected, exception.ToString(), StringComparison.Ordinal);
    }
}
