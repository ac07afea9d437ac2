using System.Security.Claims;
using System.Threading.RateLimiting;
using Icn.Graph.Access;

namespace Icn.Graph.RateLimiting;

/// <summary>Which bucket a request counts against: its website key, its staff account, or its client address.</summary>
internal static class CallerPartitions
{
    public static RateLimitPartition<string> For(HttpContext http, RateLimitOptions options)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true && user.FindFirstValue(IcnClaims.ApiKey) is { } key)
        {
            return Bucket($"key:{key}", options.WebsiteKeyPerMinute);
        }

        if (user.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } staff)
        {
            return Bucket($"staff:{staff}", options.StaffPerMinute);
        }

        return ForAddress(http, options.AnonymousPerMinute);
    }

    /// <summary>The client address's bucket (the proxy-reported one when proxies are trusted).</summary>
    public static RateLimitPartition<string> ForAddress(HttpContext http, int perMinute) =>
        Bucket($"address:{http.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", perMinute);

    /// <summary>A bucket of a minute's allowance refilled evenly: one token every minute / allowance.</summary>
    private static RateLimitPartition<string> Bucket(string key, int perMinute) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
