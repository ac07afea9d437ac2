using GraphQL.Types;

namespace Icn.GraphQL.Filtering;

/// <summary>An entity's <c>where</c> input, built from its <see cref="FilterDefinition{T}"/>.</summary>
public abstract class EntityFilterGraphType<T> : InputObjectGraphType
{
    protected EntityFilterGraphType(FilterDefinition<T> definition)
    {
        Name = definition.TypeName;
        Description = definition.Description;
        var self = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        Field("and", self).Description("All of these filters hold.");
        Field("or", self).Description("At least one of these filters holds.");
        foreach (var field in definition.Fields)
        {
            Field(field.Name, field.GraphType).Description(field.Description);
        }
    }
}
