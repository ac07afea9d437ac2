using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using GraphQL;
using GraphQLParser.AST;
using Icn.GraphQL.Authorization;
using Microsoft.Net.Http.Headers;

namespace Icn.GraphQL.Http;

/// <summary>
/// HTTP caching of what websites read: a GET of a trusted document, by a caller that reads public
/// data only (<see cref="ICallerRules.ReadsPublicDataOnly"/>), that ran a query without errors, is
/// public data whose URL names its document and variables — so browsers and CDNs may keep it for a while (Cache-Control: public, max-age) and
/// revalidate it with its ETag (If-None-Match → 304). Everything else stays no-store: other answers
/// hold restricted data, POSTs are not cacheable URLs, and errors should not be remembered.
/// </summary>
public sealed class PublicResponseCaching(GraphQLHttpOptions options, ICallerRules callers)
{
    /// <summary>Whether this answer may be stored by browsers and shared caches.</summary>
    public bool IsCacheable(ClaimsPrincipal user, GraphQLHttpRequest request, ExecutionResult result) =>
        request.IsGet
        && request.DocumentId is not null
        && result.Executed
        && result.Errors is not { Count: > 0 }
        && result.Operation?.Operation == OperationType.Query
        && callers.ReadsPublicDataOnly(user);

    /// <summary>Writes a cacheable answer with its validators, or 304 without a body when the client holds it already.</summary>
    public async Task WriteAsync(HttpContext http, string contentType, ReadOnlyMemory<byte> body)
    {
        var etag = new EntityTagHeaderValue($"\"{Base64UrlHash(body)}\"");
        var headers = http.Response.Headers;
        headers[HeaderNames.CacheControl] = $"public, max-age={options.CacheMaxAgeSeconds.ToString(CultureInfo.InvariantCulture)}";
        headers[HeaderNames.ETag] = etag.ToString();
        // Another key or media type may get another answer. Origin too: the CORS headers differ by
        // origin (none without one), and a cache that kept the answer to one site's request must not
        // hand it to another site's script. The CORS middleware adds Origin only to cross-origin requests.
        headers.Append(HeaderNames.Vary, "Authorization, Accept");
        if (!headers.Vary.Any(value => value is not null && value.Contains(HeaderNames.Origin, StringComparison.OrdinalIgnoreCase)))
        {
            headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        }

        if (Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 13.1.2); "*" matches any current answer.</summary>
    private static bool Matches(IList<string>? ifNoneMatch, EntityTagHeaderValue etag) =>
        ifNoneMatch is { Count: > 0 }
        && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));

    private static string Base64UrlHash(ReadOnlyMemory<byte> body) =>
        Convert.ToBase64String(SHA256.HashData(body.Span)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
