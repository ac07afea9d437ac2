using Icn.Graph.Hosting;
using Icn.Graph.Tests.Infrastructure;

namespace Icn.Graph.Tests.Schema;

public sealed class SchemaFileTests
{
    [Fact]
    public void The_checked_in_schema_is_the_one_the_code_prints()
    {
        var printed = SchemaPrinting.Print();
        var checkedIn = RepositoryFiles.Read("schema.graphql").ReplaceLineEndings("\n");

        Assert.True(
            printed == checkedIn,
            "schema.graphql differs from the schema the code builds. Review the change, then run ./icn schema and commit the file.");
    }
}
