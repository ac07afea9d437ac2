using Icn.Graph.Engine.Mutations;
using Icn.Workflows.Runtime;

namespace Icn.Graph.Workflows;

/// <summary>Asking the runtime from a mutation, and its refusals as the API's user errors, on the input field they concern.</summary>
internal static class RuntimeRefusals
{
    /// <summary>
    /// Makes the runtime <paramref name="call"/> only when the input is valid: what the runtime does
    /// (a burst, a woken instance, an answered task) cannot be taken back. Otherwise the mistakes are the answer.
    /// </summary>
    public static async Task<Payload> WhenValidAsync(this MutationContext mutation, Func<Task<Payload>> call) =>
        mutation.InputIsValid ? await call() : await mutation.SaveAsync(null);

    public static Payload Failed(this MutationContext mutation, RuntimeRefusal refusal)
    {
        // The runtime names the field in the API's words; a refusal of the whole request names none.
        var path = mutation.PathOf(refusal.Field ?? "input");
        return Payload.Failed(refusal.Kind switch
        {
            RefusalKind.NotFound => new NotFoundUserError(refusal.Message, path),
            RefusalKind.Forbidden => new ForbiddenUserError(refusal.Message, path),
            RefusalKind.Conflict => new ConflictUserError(refusal.Message, path),
            _ => (UserError)new ValidationUserError(refusal.Message, path),
        });
    }

    /// <summary>The value, or the refusal as the payload's error.</summary>
    public static Payload Answer(this MutationContext mutation, object? value, RuntimeRefusal? refusal) =>
        refusal is null ? Payload.Of(value) : mutation.Failed(refusal);
}
