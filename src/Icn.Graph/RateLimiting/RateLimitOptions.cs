namespace Icn.Graph.RateLimiting;

/// <summary>
/// Requests per minute for each kind of caller (configuration section "RateLimits"), counted per
/// website key, per staff account and per client address. A bucket refills continuously, so a
/// caller may burst up to its minute's allowance and then proceeds at the steady rate. An IPv6
/// client counts by its /64.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>All requests with one website key, from all the visitors of its site together.</summary>
    public int WebsiteKeyPerMinute { get; set; } = 1_200;

    /// <summary>The requests with one website key from one client address (one visitor), within the key's total.</summary>
    public int WebsiteKeyPerVisitorPerMinute { get; set; } = 120;

    public int StaffPerMinute { get; set; } = 600;

    public int AnonymousPerMinute { get; set; } = 120;

    /// <summary>All requests of one client address, checked before credentials are (an office of many staff shares one).</summary>
    public int AddressPerMinute { get; set; } = 3_000;

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For is believed; no one's by default.</summary>
    public List<string> TrustedProxies { get; set; } = [];
}
