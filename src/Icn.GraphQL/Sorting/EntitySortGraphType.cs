using GraphQL.Types;

namespace Icn.GraphQL.Sorting;

/// <summary>An entity's sort entry input, built from its <see cref="SortDefinition{T}"/>: exactly one field per entry.</summary>
public abstract class EntitySortGraphType<T> : InputObjectGraphType
{
    protected EntitySortGraphType(SortDefinition<T> definition)
    {
        Name = definition.TypeName;
        Description = definition.Description + " Each entry names exactly one field; the id breaks ties last.";
        foreach (var field in definition.Fields)
        {
            Field<SortDirectionGraphType>(field.Name).Description(field.Description);
        }
    }
}
