namespace Icn.Graph.Engine.Errors;

/// <summary>
/// Failures of PostgreSQL that are the caller's input, not the server's fault: the engine answers
/// them as BAD_USER_INPUT with this message instead of masking them (GraphQLEngineOptions.InputProblem).
/// </summary>
internal static class PostgresInputProblems
{
    /// <summary>The message for <paramref name="exception"/> when it is the caller's input; null otherwise.</summary>
    public static string? Of(Exception exception) =>
        IsTextPostgresCannotStore(exception) ? "Text arguments may not contain NUL characters." : null;

    /// <summary>A NUL character in a filter or search text, which PostgreSQL's text cannot hold.</summary>
    private static bool IsTextPostgresCannotStore(Exception exception) =>
        exception is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.CharacterNotInRepertoire }
        || exception.InnerException is { } inner && IsTextPostgresCannotStore(inner);
}
