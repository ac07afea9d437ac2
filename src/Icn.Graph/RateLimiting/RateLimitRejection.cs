using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Icn.GraphQL.Errors;

namespace Icn.Graph.RateLimiting;

/// <summary>The answer over any limit: 429, Retry-After in whole seconds and a RATE_LIMITED error.</summary>
internal static class RateLimitRejection
{
    private static readonly string[] LimitedPaths = ["/graphql", "/auth"];

    /// <summary>Whether a request counts against the limits: the API and sign-in, not health checks or GraphiQL's files.</summary>
    public static bool Applies(HttpRequest request) =>
        LimitedPaths.Any(path => request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase));

    public static async ValueTask WriteAsync(HttpResponse response, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, new
        {
            errors = new[] { new { message = "Too many requests from this caller; wait as Retry-After says.", extensions = new { code = ErrorCodes.RateLimited } } },
        }, cancellationToken: cancellationToken);
    }
}
