using GraphQL.Types;

namespace Icn.GraphQL.Filtering;

/// <summary>Quantifiers over a collection, named after its items' filter: <c>TagListFilter</c> for <c>TagFilter</c>.</summary>
internal sealed class ListFilterGraphType<TItemFilterGraphType> : InputObjectGraphType
    where TItemFilterGraphType : InputObjectGraphType
{
    public ListFilterGraphType()
    {
        var item = typeof(TItemFilterGraphType).Name.Replace("FilterGraphType", "", StringComparison.Ordinal);
        Name = item + "ListFilter";
        Description = $"Conditions on a list of {item} items.";
        Field<TItemFilterGraphType>("some").Description("At least one item matches.");
        Field<TItemFilterGraphType>("all").Description("Every item matches (true for an empty list).");
        Field<TItemFilterGraphType>("none").Description("No item matches.");
    }
}
