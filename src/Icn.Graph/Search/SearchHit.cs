namespace Icn.Graph.Search;

/// <summary>One full-text match: which table, which row, how well it matched.</summary>
internal sealed class SearchHit
{
    public required string Kind { get; init; }

    public Guid Id { get; init; }

    public float Rank { get; init; }
}
