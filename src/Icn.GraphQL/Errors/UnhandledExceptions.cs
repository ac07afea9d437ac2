using GraphQL.Execution;

namespace Icn.GraphQL.Errors;

/// <summary>Logs an exception a resolver did not expect, with the correlation id its masked error will carry.</summary>
internal static partial class UnhandledExceptions
{
    public static void Log(UnhandledExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var correlationId = CorrelationIds.Assign(context.OriginalException);
        var logger = context.ExecutionOptions.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Icn.GraphQL.Errors");
        if (logger is not null)
        {
            LogUnhandled(logger, context.OriginalException, correlationId, context.FieldContext?.Path is { } path ? string.Join('.', path) : "(request)");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception {CorrelationId} while resolving {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string correlationId, string path);
}
