using System.Security.Claims;
using System.Threading.RateLimiting;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

namespace Icn.Graph.RateLimiting;

/// <summary>
/// Which bucket a request counts against: its website key (the whole site's total), its staff
/// account, or its client address; and, for a website key, the bucket of that key's visitor.
/// </summary>
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

    /// <summary>
    /// A website key's request also counts per client address: the key is public in the site's
    /// script, so one visitor copying it must not use up what the site's other visitors share.
    /// Other callers are not limited here.
    /// </summary>
    public static RateLimitPartition<string> ForVisitor(HttpContext http, RateLimitOptions options) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirstValue(IcnClaims.ApiKey) is { } key
            ? Bucket($"visitor:{key}:{ClientAddressGroups.Of(http.Connection.RemoteIpAddress)}", options.WebsiteKeyPerVisitorPerMinute)
            : RateLimitPartition.GetNoLimiter("not-a-website-key");

    /// <summary>The client address's bucket (the proxy-reported one when proxies are trusted; an IPv6 client's /64).</summary>
    public static RateLimitPartition<string> ForAddress(HttpContext http, int perMinute) =>
        Bucket($"address:{ClientAddressGroups.Of(http.Connection.RemoteIpAddress)}", perMinute);

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
