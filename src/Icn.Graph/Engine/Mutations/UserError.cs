namespace Icn.Graph.Engine.Mutations;

/// <summary>
/// An expected failure of a mutation, answered as a value in its payload (API-CONVENTIONS.md):
/// a message for people, the input field it concerns and a stable code for programs.
/// </summary>
internal abstract record UserError(string Message, IReadOnlyList<string> Path)
{
    public abstract string Code { get; }
}

/// <summary>An input value breaks a rule (empty, too long, out of range, inconsistent).</summary>
internal sealed record ValidationUserError(string Message, IReadOnlyList<string> Path) : UserError(Message, Path)
{
    public override string Code => "VALIDATION";
}

/// <summary>An id names nothing the caller can see.</summary>
internal sealed record NotFoundUserError(string Message, IReadOnlyList<string> Path) : UserError(Message, Path)
{
    public override string Code => "NOT_FOUND";
}

/// <summary>The caller may not change this object (another cluster's data).</summary>
internal sealed record ForbiddenUserError(string Message, IReadOnlyList<string> Path) : UserError(Message, Path)
{
    public override string Code => "FORBIDDEN";
}

/// <summary>The object changed since the caller read it, or the change clashes with the data's state.</summary>
internal sealed record ConflictUserError(string Message, IReadOnlyList<string> Path) : UserError(Message, Path)
{
    public override string Code => "CONFLICT";
}
