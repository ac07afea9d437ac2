using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Icn.Domain.Persistence;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Icn.Workflows;

namespace Icn.Graph.Hosting;

/// <summary>
/// Prints the schema as SDL without starting the server or touching a database: `./icn schema`
/// writes it to schema.graphql, and a test fails when the checked-in file has drifted from the code.
/// </summary>
internal static class SchemaPrinting
{
    public static string Print()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // The schema is built without a database; the connection string is never opened.
        services.AddIcnDomain("Host=unused.invalid");
        var configuration = new ConfigurationBuilder().Build();
        services.AddIcnGraphQL(configuration);
        services.AddIcnWorkflows(configuration);
        using var provider = services.BuildServiceProvider();
        return Print(provider.GetRequiredService<ISchema>());
    }

    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
