namespace Icn.GraphQL.Paging;

/// <summary>One parent's page of a nested list, as the batched query returns it.</summary>
public sealed class ParentPage<T>
{
    public Guid ParentId { get; set; }

    public List<T> Rows { get; set; } = [];

    public int Count { get; set; }
}
