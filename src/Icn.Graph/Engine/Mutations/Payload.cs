namespace Icn.Graph.Engine.Mutations;

/// <summary>What a mutation answers: the changed object, or the user errors that stopped it, and any extra values.</summary>
internal sealed record Payload(object? Value, IReadOnlyList<UserError> Errors, IReadOnlyDictionary<string, object?>? Extras = null)
{
    public static Payload Of(object? value, IReadOnlyDictionary<string, object?>? extras = null) => new(value, [], extras);

    public static Payload Failed(IReadOnlyList<UserError> errors) => new(null, errors);

    public static Payload Failed(UserError error) => new(null, [error]);

    public object? Extra(string name) => Extras?.GetValueOrDefault(name);
}
