using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

namespace Icn.Graph.Errors;

/// <summary>
/// Shapes every GraphQL error as API-CONVENTIONS.md says: a message, locations and path, and
/// <c>extensions.code</c>. Unexpected exceptions are masked: outside Development the caller sees
/// only a correlation id that the server log also has.
/// </summary>
internal sealed partial class IcnErrorInfoProvider(IHostEnvironment environment, IConfiguration configuration, IHttpContextAccessor http) : IErrorInfoProvider
{
    private readonly bool suggestionsForStaffOnly = Authorization.IntrospectionOptions.IsStaffOnly(configuration, environment);

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var extensions = new Dictionary<string, object?> { ["code"] = CodeOf(executionError) };
        var message = executionError.Message;

        if (executionError is UnhandledError { InnerException: { } cause } && IsTextPostgresCannotStore(cause))
        {
            // A NUL character in a filter or search text: the caller's input, not our failure.
            extensions["code"] = ErrorCodes.BadUserInput;
            return new ErrorInfo { Message = "Text arguments may not contain NUL characters.", Extensions = extensions };
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

        // "Did you mean 'contact'?" tells a prober the names of fields; only staff get the hint.
        if (suggestionsForStaffOnly && !IsStaff(http.HttpContext?.User))
        {
            message = Suggestion().Replace(message, "");
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    private static bool IsTextPostgresCannotStore(Exception exception) =>
        exception is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.CharacterNotInRepertoire }
        || exception.InnerException is { } inner && IsTextPostgresCannotStore(inner);

    private static bool IsStaff(System.Security.Claims.ClaimsPrincipal? user) =>
        user is not null && Icn.Domain.Staff.StaffRoles.All.Any(user.IsInRole);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*Did you mean [^?]*\?")]
    private static partial System.Text.RegularExpressions.Regex Suggestion();

    private static string CodeOf(ExecutionError error) => error switch
    {
        SyntaxError => ErrorCodes.ParseFailed,
        InvalidVariableError => ErrorCodes.BadUserInput,
        Authorization.AccessDeniedError => error.Code!,
        ValidationError or DocumentError => ErrorCodes.ValidationFailed,
        TimeoutError => ErrorCodes.Timeout,
        UnhandledError => ErrorCodes.InternalServerError,
        _ when !string.IsNullOrEmpty(error.Code) && error.Code.All(c => char.IsUpper(c) || c == '_') => error.Code,
        _ => ErrorCodes.InternalServerError,
    };
}
