using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using GraphQL;
using Icn.GraphQL.Errors;
using Microsoft.Net.Http.Headers;

namespace Icn.GraphQL.Http;

/// <summary>
/// Reads a GraphQL request from GET query parameters or a POST application/json body, checking every
/// parameter's JSON type as the GraphQL over HTTP spec asks. A request carries a 'query' or, for a
/// trusted document, a 'documentId' (the spec's persisted documents appendix), not both. Anything
/// malformed is a rejection with a 4xx status, never an exception.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLSerializer serializer)
{
    /// <summary>
    /// How deep the JSON of a body or a GET parameter may nest (System.Text.Json's default, made
    /// explicit): the reader stops there instead of recursing, and every value under it is measured
    /// against the GraphQL value limits (GraphQL:Limits:MaxValueDepth) before it is used.
    /// </summary>
    public const int MaxJsonDepth = 64;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = MaxJsonDepth };

    public async Task<(GraphQLHttpRequest? Request, RequestRejection? Rejection)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method))
        {
            return ReadGet(http.Query);
        }

        if (!HttpMethods.IsPost(http.Method))
        {
            return (null, new RequestRejection(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, $"{http.Method} is not supported; use GET for queries or POST.")
            {
                Headers = new Dictionary<string, string> { [HeaderNames.Allow] = "GET, POST" },
            });
        }

        if (ContentTypeProblem(http.ContentType) is { } problem)
        {
            return (null, new RequestRejection(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType, problem));
        }

        return await ReadPostBodyAsync(http.BodyReader, cancellationToken);
    }

    private static string? ContentTypeProblem(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return "A POST needs 'Content-Type: application/json'.";
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !string.Equals(mediaType.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return $"Content type '{contentType}' is not supported; send 'application/json'.";
        }

        var charset = mediaType.Charset.Value;
        return charset is null || string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Charset '{charset}' is not supported; send UTF-8.";
    }

    /// <summary>
    /// Reads the whole body from the request's pipe and parses it where it lies, without copying it
    /// into an array of its own; its size was bounded before (<see cref="RequestBodyLimit"/>).
    /// </summary>
    private async Task<(GraphQLHttpRequest?, RequestRejection?)> ReadPostBodyAsync(PipeReader body, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (!read.IsCompleted)
            {
                body.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            try
            {
                return ParsePostBody(buffer);
            }
            finally
            {
                body.AdvanceTo(buffer.End);
            }
        }
    }

    private (GraphQLHttpRequest?, RequestRejection?) ParsePostBody(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, BadRequest("The request body is empty; send a JSON object with a 'query'."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException)
        {
            return (null, BadRequest($"The request body is not valid JSON, or nests deeper than {MaxJsonDepth} levels."));
        }

        using (document)
        {
            return ReadPostBody(document.RootElement);
        }
    }

    private (GraphQLHttpRequest?, RequestRejection?) ReadPostBody(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return (null, BadRequest("Batched requests are not supported; send one JSON object per request."));
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, BadRequest("The request body must be a JSON object with a 'query'."));
        }

        var query = Property(root, "query");
        if (query.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return (null, BadRequest("'query' must be a string."));
        }

        var documentId = Property(root, "documentId");
        if (documentId.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return (null, BadRequest("'documentId' must be a string."));
        }

        var (text, id, problem) = Document(
            query.ValueKind == JsonValueKind.String ? query.GetString() : null,
            documentId.ValueKind == JsonValueKind.String ? documentId.GetString() : null);
        if (problem is not null)
        {
            return (null, problem);
        }

        var operationName = Property(root, "operationName");
        if (operationName.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.String))
        {
            return (null, BadRequest("'operationName' must be a string or null."));
        }

        if (!TryReadMap(Property(root, "variables"), "variables", out var variables, out var rejection)
            || !TryReadMap(Property(root, "extensions"), "extensions", out var extensions, out rejection))
        {
            return (null, rejection);
        }

        var operation = operationName.ValueKind == JsonValueKind.String ? operationName.GetString() : null;
        return (new GraphQLHttpRequest(text, id, operation, variables, extensions, IsGet: false), null);
    }

    /// <summary>Reads a parameter that must be a JSON object (or null, or absent).</summary>
    private bool TryReadMap(JsonElement value, string parameter, out Inputs? map, out RequestRejection? rejection)
    {
        map = null;
        rejection = null;
        if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            rejection = BadRequest($"'{parameter}' must be a JSON object or null.");
            return false;
        }

        map = serializer.ReadNode<Inputs>(value);
        return true;
    }

    private (GraphQLHttpRequest?, RequestRejection?) ReadGet(IQueryCollection parameters)
    {
        var query = parameters["query"];
        var documentId = parameters["documentId"];
        if (query.Count > 1 || documentId.Count > 1)
        {
            return (null, BadRequest(query.Count > 1 ? "Give 'query' once." : "Give 'documentId' once."));
        }

        var (text, id, problem) = Document(NullIfEmpty(query.FirstOrDefault()), NullIfEmpty(documentId.FirstOrDefault()));
        if (problem is not null)
        {
            return (null, problem);
        }

        if (!TryReadUrlMap(parameters, "variables", out var variables, out var rejection)
            || !TryReadUrlMap(parameters, "extensions", out var extensions, out rejection))
        {
            return (null, rejection);
        }

        var operationName = parameters["operationName"].FirstOrDefault();
        return (new GraphQLHttpRequest(text, id, NullIfEmpty(operationName), variables, extensions, IsGet: true), null);
    }

    /// <summary>The document's text or its trusted id: exactly one, and an id in its one well-formed shape.</summary>
    private static (string? Query, string? DocumentId, RequestRejection? Problem) Document(string? query, string? documentId)
    {
        if (query is not null && documentId is not null)
        {
            return (null, null, BadRequest("Send either 'query' or 'documentId', not both."));
        }

        if (query is null && documentId is null)
        {
            return (null, null, BadRequest("The request has no 'query' (or 'documentId' of a trusted document)."));
        }

        if (documentId is not null && !DocumentIds.IsWellFormed(documentId))
        {
            return (null, null, BadRequest(DocumentIds.FormatDescription + "."));
        }

        return (query, documentId, null);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Reads a GET parameter that carries a URL-encoded JSON object.</summary>
    private bool TryReadUrlMap(IQueryCollection parameters, string parameter, out Inputs? map, out RequestRejection? rejection)
    {
        map = null;
        rejection = null;
        var text = parameters[parameter].FirstOrDefault();
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text, JsonOptions);
            return TryReadMap(document.RootElement, parameter, out map, out rejection);
        }
        catch (JsonException)
        {
            rejection = BadRequest($"'{parameter}' is not valid JSON, or nests deeper than {MaxJsonDepth} levels.");
            return false;
        }
    }

    private static JsonElement Property(JsonElement root, string name) => root.TryGetProperty(name, out var value) ? value : default;

    private static RequestRejection BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);
}
