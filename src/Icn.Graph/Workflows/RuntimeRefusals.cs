using Icn.Graph.Mutations;
using Icn.Workflows.Runtime;

namespace Icn.Graph.Workflows;

/// <summary>The runtime's refusals as the API's user errors, on the input field they concern.</summary>
internal static class RuntimeRefusals
{
    public static Payload Failed(this MutationInput input, RuntimeRefusal refusal)
    {
        var path = input.PathOf(refusal.Field ?? "input");
        return Payload.Failed(refusal.Kind switch
        {
            RefusalKind.NotFound => new NotFoundUserError(refusal.Message, path),
            RefusalKind.Forbidden => new ForbiddenUserError(refusal.Message, path),
            RefusalKind.Conflict => new ConflictUserError(refusal.Message, path),
            _ => (UserError)new ValidationUserError(refusal.Message, path),
        });
    }

    /// <summary>The value, or the refusal as the payload's error.</summary>
    public static Payload Answer(this MutationInput input, object? value, RuntimeRefusal? refusal) =>
        refusal is null ? Payload.Of(value) : input.Failed(refusal);
}
