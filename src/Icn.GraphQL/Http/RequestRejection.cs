namespace Icn.GraphQL.Http;

/// <summary>Why an HTTP request cannot be run at all: the status to answer with, and a message and code for the caller.</summary>
public sealed record RequestRejection(int StatusCode, string Code, string Message)
{
    /// <summary>Headers the status calls for, such as Allow with 405.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
