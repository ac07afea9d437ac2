using GraphQL.Types;
using Icn.Graph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Schema;

/// <summary>API-CONVENTIONS.md: every type, field, argument and enum value has a description, because GraphiQL's docs are our docs.</summary>
[Collection(ApiCollection.Name)]
public sealed class SchemaDescriptionTests(ApiFixture api)
{
    [Fact]
    public void Everything_in_the_schema_is_described()
    {
        var schema = api.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();

        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t)))
        {
            Check(type.Name, type.Description);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check($"{type.Name}.{field.Name}", field.Description);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check($"{type.Name}.{field.Name}({argument.Name})", argument.Description);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check($"{type.Name}.{value.Name}", value.Description);
                }
            }
        }

        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));

        void Check(string what, string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(what);
            }
        }
    }

    private static bool IsBuiltInScalar(IGraphType type) =>
        type is ScalarGraphType && type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
