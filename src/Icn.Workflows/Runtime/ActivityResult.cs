namespace Icn.Workflows.Runtime;

/// <summary>What an activity answers: go on by some outcomes, or wait on the bookmarks it made.</summary>
public sealed record ActivityResult
{
    private ActivityResult(IReadOnlyList<string> outcomes, bool waits)
    {
        Outcomes = outcomes;
        Waits = waits;
    }

    /// <summary>The outcome ports to follow; none ends the branch.</summary>
    public IReadOnlyList<string> Outcomes { get; }

    /// <summary>True when the branch waits on a bookmark (made now, or still there when resumed).</summary>
    public bool Waits { get; }

    /// <summary>Something the journal should say about this execution (a vote count, a chosen case).</summary>
    public string? Summary { get; init; }

    public static ActivityResult Go(params string[] outcomes) => new(outcomes, waits: false);

    /// <summary>Ends the branch here.</summary>
    public static ActivityResult EndBranch { get; } = new([], waits: false);

    /// <summary>Waits: on the bookmarks made through the context when running, on the same bookmark when resumed.</summary>
    public static ActivityResult Wait { get; } = new([], waits: true);
}
