namespace Icn.Graph.Engine.Mutations;

/// <summary>
/// A field of a partial update: left out (keep the stored value) or given (possibly as null). A
/// nullable property could not tell the two apart, and "left out" must never clear anything.
/// </summary>
internal readonly record struct Optional<T>
{
    private readonly T value;

    private Optional(T value)
    {
        this.value = value;
        IsGiven = true;
    }

    /// <summary>Whether the caller sent the field.</summary>
    public bool IsGiven { get; }

    /// <summary>The value sent; only meaningful when <see cref="IsGiven"/>.</summary>
    public T Value => IsGiven ? value : throw new InvalidOperationException("The field was left out; ask IsGiven first.");

    public static Optional<T> Given(T value) => new(value);

    /// <summary>The value sent, or <paramref name="current"/> when the field was left out.</summary>
    public T Or(T current) => IsGiven ? value : current;
}
