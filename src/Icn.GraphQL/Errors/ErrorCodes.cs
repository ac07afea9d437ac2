namespace Icn.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> values of GraphQL errors (API-CONVENTIONS.md), in one place.</summary>
public static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";

    /// <summary>A request's documentId names no published trusted document.</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string Timeout = "TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>A part the request needs is not deployed (e.g. a workflow definition is not published): the server's fault, not the caller's.</summary>
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";

    /// <summary>The HTTP request itself is malformed (not JSON, wrong parameter types): nothing was parsed as GraphQL.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The request's method or media type is not one this endpoint serves.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
}
