using GraphQL;
using Icn.GraphQL.Errors;

namespace Icn.GraphQL.Limits;

/// <summary>An argument, variable or extension value over one of the value limits: the caller's input, so BAD_USER_INPUT.</summary>
internal sealed class ValueTooLargeError : ExecutionError
{
    public ValueTooLargeError(string message)
        : base(message) => Code = ErrorCodes.BadUserInput;
}
