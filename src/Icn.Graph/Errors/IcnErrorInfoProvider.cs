using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace Icn.Graph.Errors;

/// <summary>
/// Shapes every GraphQL error as API-CONVENTIONS.md says: a message, locations and path, and
/// <c>extensions.code</c>. Unexpected exceptions are masked: outside Development the caller sees
/// only a correlation id that the server log also has.
/// </summary>
internal sealed class IcnErrorInfoProvider(IHostEnvironment environment) : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = CodeOf(executionError) };
        var message = executionError.Message;

        if (executionError is UnhandledError unhandled)
        {
            var correlationId = CorrelationIds.Of(unhandled.InnerException);
            extensions["correlationId"] = correlationId;
            message = $"An unexpected error occurred. Quote correlation id {correlationId} when reporting it.";
            if (environment.IsDevelopment() && unhandled.InnerException is { } exception)
            {
                extensions["exception"] = $"{exception.GetType().FullName}: {exception.Message}";
            }
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private static string CodeOf(ExecutionError error) => error switch
    {
        SyntaxError => ErrorCodes.ParseFailed,
        InvalidVariableError => ErrorCodes.BadUserInput,
        Access.AccessDeniedError => error.Code!,
        ValidationError or DocumentError => ErrorCodes.ValidationFailed,
        TimeoutError => ErrorCodes.Timeout,
        UnhandledError => ErrorCodes.InternalServerError,
        _ when !string.IsNullOrEmpty(error.Code) && error.Code.All(c => char.IsUpper(c) || c == '_') => error.Code,
        _ => ErrorCodes.InternalServerError,
    };
}
