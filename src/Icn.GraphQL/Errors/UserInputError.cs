using GraphQL;

namespace Icn.GraphQL.Errors;

/// <summary>A GraphQL error for an argument the caller got wrong (a malformed id, a page size over the limit).</summary>
public sealed class UserInputError : ExecutionError
{
    public UserInputError(string message)
        : base(message) => Code = ErrorCodes.BadUserInput;
}
