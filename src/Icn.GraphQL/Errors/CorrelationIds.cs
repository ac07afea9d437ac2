using System.Diagnostics;

namespace Icn.GraphQL.Errors;

/// <summary>
/// Ties a masked error in a response to its full record in the server log: the id is stored on
/// the exception when it is logged and read back when the error is written.
/// </summary>
public static class CorrelationIds
{
    private const string Key = "icn.correlationId";

    public static string Assign(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.Data[Key] is string existing)
        {
            return existing;
        }

        var id = Activity.Current?.TraceId.ToHexString() is { } trace
            ? $"{trace[..16]}-{Guid.NewGuid().ToString("N")[..8]}"
            : Guid.NewGuid().ToString("N");
        exception.Data[Key] = id;
        return id;
    }

    public static string Of(Exception? exception) =>
        exception?.Data[Key] as string ?? (exception is null ? Guid.NewGuid().ToString("N") : Assign(exception));
}
