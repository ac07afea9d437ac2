using GraphQL.Types;

namespace Icn.GraphQL.Sorting;

internal sealed class SortDirectionGraphType : EnumerationGraphType
{
    public SortDirectionGraphType()
    {
        Name = "SortDirection";
        Description = "The direction of one sort entry.";
        Add("ASC", "Asc", "Ascending: A to Z, earliest first, smallest first; empty values last.");
        Add("DESC", "Desc", "Descending: Z to A, latest first, largest first; empty values first.");
    }
}
