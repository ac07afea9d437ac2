using GraphQL.Types;

namespace Icn.Graph.Engine.Mutations;

/// <summary>The object type of one kind of user error; all share the UserError interface's fields.</summary>
internal abstract class UserErrorType<TError> : ObjectGraphType<TError>
    where TError : UserError
{
    protected UserErrorType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<UserErrorInterface>();
        IsTypeOf = value => value is TError;
        Field(e => e.Message).Description("What went wrong, for people.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("path")
            .Description("The input field concerned; null when the error concerns the whole input.")
            .Resolve(context => context.Source.Path.Count == 0 ? null : context.Source.Path);
        Field(e => e.Code).Description("A stable code for programs.");
    }
}

internal sealed class ValidationErrorType() : UserErrorType<ValidationUserError>("ValidationError", "An input value breaks a rule: empty, too long, out of range or inconsistent.");

internal sealed class NotFoundErrorType() : UserErrorType<NotFoundUserError>("NotFoundError", "An id names nothing the caller can see.");

internal sealed class ForbiddenErrorType() : UserErrorType<ForbiddenUserError>("ForbiddenError", "The caller may not change this object, e.g. another cluster's data.");

internal sealed class ConflictErrorType() : UserErrorType<ConflictUserError>("ConflictError", "The object changed since the caller read it (its version is stale), or the change clashes with its state.");
