using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Icn.Graph.Errors;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Icn.Graph.RateLimiting;

internal static class RateLimitingServiceCollectionExtensions
{
    private static readonly string[] LimitedPaths = ["/graphql", "/auth"];

    /// <summary>
    /// ASP.NET Core's rate limiter on /graphql and /auth, per caller; over the limit a request gets
    /// 429 with Retry-After and a RATE_LIMITED error. The client address is the connection's, or
    /// X-Forwarded-For's when the connection comes from a configured proxy.
    /// </summary>
    public static IServiceCollection AddIcnRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (options.WebsiteKeyPerMinute < 1 || options.StaffPerMinute < 1 || options.AnonymousPerMinute < 1)
        {
            throw new InvalidOperationException($"{RateLimitOptions.Section}: every per-minute allowance must be at least 1.");
        }

        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: the defaults (loopback) would let any local process claim
            // any address. With none configured the middleware is not used at all (see
            // UseTrustedForwardedHeaders): empty lists would make it trust everyone.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.TrustedProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                LimitedPaths.Any(path => http.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
                    ? CallerPartitions.For(http, options)
                    : RateLimitPartition.GetNoLimiter("unlimited"));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = WriteRejectionAsync;
        });
    }

    /// <summary>Reads X-Forwarded-For and -Proto only when proxies are configured, and only from them.</summary>
    public static IApplicationBuilder UseTrustedForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return options.TrustedProxies.Count > 0 ? app.UseForwardedHeaders() : app;
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, new
        {
            errors = new[] { new { message = "Too many requests from this caller; wait as Retry-After says.", extensions = new { code = ErrorCodes.RateLimited } } },
        }, cancellationToken: cancellationToken);
    }
}
