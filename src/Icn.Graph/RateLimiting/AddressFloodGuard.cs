using System.Threading.RateLimiting;

namespace Icn.Graph.RateLimiting;

/// <summary>
/// A generous per-address limit that runs before authentication: credentials are checked against
/// the database, so without it a flood of made-up keys or tokens would cost a query each before the
/// per-caller limits (which need the authenticated caller) could refuse it.
/// </summary>
internal sealed class AddressFloodGuard(RateLimitOptions options) : IMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> limiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        RateLimitRejection.Applies(http.Request)
            ? CallerPartitions.ForAddress(http, options.AddressPerMinute)
            : RateLimitPartition.GetNoLimiter("unlimited"));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        using var lease = limiter.AttemptAcquire(context);
        if (!lease.IsAcquired)
        {
            await RateLimitRejection.WriteAsync(context.Response, lease, context.RequestAborted);
            return;
        }

        await next(context);
    }

    public void Dispose() => limiter.Dispose();
}
