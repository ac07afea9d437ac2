using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Icn.GraphQL.Authorization;

namespace Icn.GraphQL.Errors;

/// <summary>
/// Shapes every GraphQL error as API-CONVENTIONS.md says: a message, locations and path, and
/// <c>extensions.code</c>. Unexpected exceptions are masked: outside Development the caller sees
/// only a correlation id that the server log also has. An exception the host recognises as the
/// caller's input (<see cref="GraphQLEngineOptions.InputProblem"/>) is a BAD_USER_INPUT error instead.
/// </summary>
internal sealed partial class GraphQLErrorInfoProvider(IHostEnvironment environment, GraphQLEngineOptions options, ICallerRules callers, IHttpContextAccessor http) : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = CodeOf(executionError) };
        var message = executionError.Message;

        if (executionError is UnhandledError { InnerException: { } cause } && options.InputProblem(cause) is { } problem)
        {
            // Text the database cannot store, say: the caller's input, not our failure.
            extensions["code"] = ErrorCodes.BadUserInput;
            return new ErrorInfo { Message = problem, Extensions = extensions };
        }

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

        // "Did you mean 'contact'?" tells a prober the names of fields; the host says who gets the hint.
        if (!callers.SeesSuggestions(http.HttpContext?.User))
        {
            message = Suggestion().Replace(message, "");
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*Did you mean [^?]*\?")]
    private static partial System.Text.RegularExpressions.Regex Suggestion();

    private static string CodeOf(ExecutionError error) => error switch
    {
        SyntaxError => ErrorCodes.ParseFailed,
        InvalidVariableError => ErrorCodes.BadUserInput,
        AccessDeniedError => error.Code!,
        ValidationError or DocumentError => ErrorCodes.ValidationFailed,
        TimeoutError => ErrorCodes.Timeout,
        UnhandledError => ErrorCodes.InternalServerError,
        _ when !string.IsNullOrEmpty(error.Code) && error.Code.All(c => char.IsUpper(c) || c == '_') => error.Code,
        _ => ErrorCodes.InternalServerError,
    };
}
