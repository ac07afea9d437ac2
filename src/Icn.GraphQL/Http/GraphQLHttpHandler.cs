using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQL.Validation;
using Icn.GraphQL.Authorization;
using Icn.GraphQL.Errors;
using Icn.GraphQL.Limits;
using Microsoft.Net.Http.Headers;

namespace Icn.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL over HTTP spec): negotiates the response media type, reads the
/// request, executes it and chooses the status code — with application/graphql-response+json a
/// request that fails before execution gets 400, with legacy application/json it gets 200.
/// A request may name a trusted document by its id instead of sending the text; a caller limited
/// to trusted documents (<see cref="ICallerRules.AcceptsTrustedDocumentsOnly"/>) is refused a text. Public GETs of trusted documents are cacheable.
/// </summary>
public sealed class GraphQLHttpHandler(
    GraphQLLimitsOptions limits,
    GraphQLRequestReader reader,
    IDocumentExecuter<ISchema> executer,
    ICallerRules callers,
    AnswerSerializer serializer,
    PublicResponseCaching caching)
{
    /// <summary>Room for a page of a website's listing without growing.</summary>
    private const int InitialBufferSize = 16 * 1024;

    private static readonly IValidationRule[] GetValidationRules = [.. DocumentValidator.CoreRules, OnlyQueriesOverGetRule.Instance];

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteRejectionAsync(http, GraphQLMediaTypes.Json, new RequestRejection(
                StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"None of the accepted media types is served; accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}."));
            return;
        }

        if (http.Request.Headers.Authorization.Count > 0 && http.User.Identity?.IsAuthenticated != true)
        {
            // Credentials that do not authenticate are refused, not silently read as anonymous.
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteRejectionAsync(http, mediaType, new RequestRejection(
                StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "The credentials are invalid or expired; sign in again."));
            return;
        }

        var (request, rejection) = await reader.ReadAsync(http.Request, cancellationToken);
        if (rejection is not null)
        {
            await WriteRejectionAsync(http, mediaType, rejection);
            return;
        }

        if (request!.Query is not null && callers.AcceptsTrustedDocumentsOnly(http.User))
        {
            await WriteRejectionAsync(http, mediaType, new RequestRejection(
                StatusCodes.Status403Forbidden, ErrorCodes.Forbidden,
                "This website key accepts only trusted documents: send the 'documentId' of a published document instead of a 'query'."));
            return;
        }

        // The timeout cancels execution and, through the token, the SQL command running at the time.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.ExecutionTimeout);
        ExecutionResult result;
        try
        {
            result = await ExecuteAsync(http, request, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await WriteRejectionAsync(http, mediaType, new RequestRejection(
                mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status200OK,
                ErrorCodes.Timeout,
                $"The request took longer than {limits.ExecutionTimeout.TotalSeconds:0.#} s and was cancelled; ask for less (smaller pages, fewer nested lists)."));
            return;
        }

        var status = StatusOf(result, mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }
        else if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        if (status == StatusCodes.Status200OK && caching.IsCacheable(http.User, request, result))
        {
            using var body = Serialize(result);
            await caching.WriteAsync(http, $"{mediaType}; charset=utf-8", body.WrittenMemory);
            return;
        }

        await WriteAsync(http, mediaType, status, result);
    }

    /// <summary>Answers a request refused before it reached this handler (e.g. a body over the limit), in the media type it accepts.</summary>
    public Task RefuseAsync(HttpContext http, RequestRejection rejection) =>
        WriteRejectionAsync(http, GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept) ?? GraphQLMediaTypes.Json, rejection);

    private Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLHttpRequest request, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = cancellationToken,
            ValidationRules = request.IsGet ? GetValidationRules : null,
            CachedDocumentValidationRules = request.IsGet ? [OnlyQueriesOverGetRule.Instance] : null,
        });

    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(e => e is MethodNotAllowedError) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (!result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse && result.Errors is { Count: > 0 } errors && errors.All(e => e is AccessDeniedError))
        {
            return errors.Any(e => e.Code == ErrorCodes.Unauthenticated) ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        }

        // The spec: a request that could not be executed at all (parse, validation or variable
        // coercion failure) is a 400 under the new media type; legacy JSON clients expect 200.
        return !result.Executed && mediaType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    private Task WriteRejectionAsync(HttpContext http, string mediaType, RequestRejection rejection)
    {
        foreach (var (name, value) in rejection.Headers)
        {
            http.Response.Headers[name] = value;
        }

        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError(rejection.Message) { Code = rejection.Code }] };
        return WriteAsync(http, mediaType, rejection.StatusCode, result);
    }

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";

        // The whole result is in memory already; written with its length in one piece, it leaves in
        // one send, where a streamed (chunked) answer costs another for its closing chunk.
        using var body = Serialize(result);
        http.Response.ContentLength = body.WrittenCount;
        await http.Response.Body.WriteAsync(body.WrittenMemory, http.RequestAborted);
    }

    private PooledBufferWriter Serialize(ExecutionResult result)
    {
        var body = new PooledBufferWriter(InitialBufferSize);
        serializer.Write(body, result);
        return body;
    }
}
