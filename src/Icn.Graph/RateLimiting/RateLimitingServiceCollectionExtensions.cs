using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Icn.GraphQL.Errors;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace Icn.Graph.RateLimiting;

internal static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// ASP.NET Core's rate limiter on /graphql and /auth, per caller, and for a website key also per
    /// visitor (both must admit); over a limit a request gets 429 with Retry-After and a
    /// RATE_LIMITED error. The client address is the connection's, or X-Forwarded-For's when the
    /// connection comes from a configured proxy.
    /// </summary>
    public static IServiceCollection AddIcnRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (options.WebsiteKeyPerMinute < 1 || options.WebsiteKeyPerVisitorPerMinute < 1 || options.StaffPerMinute < 1 || options.AnonymousPerMinute < 1 || options.AddressPerMinute < 1)
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

        services.AddSingleton(options);
        services.AddSingleton<AddressFloodGuard>();
        return services.AddRateLimiter(limiter =>
        {
            // The visitor's bucket is asked first, so a visitor over its own allowance does not
            // spend the site's total that the other visitors share.
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    RateLimitRejection.Applies(http.Request)
                        ? CallerPartitions.ForVisitor(http, options)
                        : RateLimitPartition.GetNoLimiter("unlimited")),
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    RateLimitRejection.Applies(http.Request)
                        ? CallerPartitions.For(http, options)
                        : RateLimitPartition.GetNoLimiter("unlimited")));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) => RateLimitRejection.WriteAsync(context.HttpContext.Response, context.Lease, cancellationToken);
        });
    }

    /// <summary>Reads X-Forwarded-For and -Proto only when proxies are configured, and only from them.</summary>
    public static IApplicationBuilder UseTrustedForwardedHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<RateLimitOptions>().TrustedProxies.Count > 0 ? app.UseForwardedHeaders() : app;
}
