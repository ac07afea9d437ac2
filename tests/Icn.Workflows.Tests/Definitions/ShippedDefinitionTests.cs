using Icn.Workflows.Activities;
using Icn.Workflows.Definitions;

namespace Icn.Workflows.Tests.Definitions;

/// <summary>Definitions ship as embedded <c>*.workflow.json</c> resources of any assembly, in the designer's format.</summary>
public sealed class ShippedDefinitionTests
{
    [Fact]
    public void An_assemblys_embedded_definitions_are_found_and_are_valid_definitions()
    {
        var shipped = ShippedDefinitions.Read([typeof(ShippedDefinitionTests).Assembly]);

        var (resource, json) = Assert.Single(shipped);
        Assert.EndsWith("sample-intake.workflow.json", resource, StringComparison.Ordinal);
        var definition = WorkflowDefinitionJson.Read(json).Definition!;
        Assert.Equal("sample-intake", definition.DefinitionId);
        Assert.Empty(new DefinitionValidator(new ActivityCatalog([typeof(ActivityCatalog).Assembly])).Validate(definition));
    }
}
