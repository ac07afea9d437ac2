using Icn.GraphQL.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace Icn.Graph.Hosting;

/// <summary>
/// The last line of defence outside GraphQL execution: an unexpected exception becomes a 500 with a
/// correlation id (and the log has the details), never a stack trace sent to the caller.
/// </summary>
internal static partial class ErrorHandling
{
    public static WebApplication UseIcnExceptionHandler(this WebApplication app)
    {
        app.UseExceptionHandler(handler => handler.Run(async http =>
        {
            var exception = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            var correlationId = exception is null ? http.TraceIdentifier : CorrelationIds.Assign(exception);
            LogUnhandled(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Icn.Graph.Engine.Errors"), exception, correlationId, http.Request.Path);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await http.Response.WriteAsJsonAsync(new
            {
                errors = new[]
                {
                    new
                    {
                        message = $"An unexpected error occurred. Quote correlation id {correlationId} when reporting it.",
                        extensions = new { code = ErrorCodes.InternalServerError, correlationId },
                    },
                },
            });
        }));
        return app;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception {CorrelationId} on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception? exception, string correlationId, string path);
}
