namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

/// <summary>
/// The origins a website key may list, in the form browsers send in the Origin header:
/// <c>scheme://host[:port]</c>, http or https, lower case, without the default port, path, query
/// or fragment. Anything else could never match a browser's Origin and is refused.
/// </summary>
internal static class WebsiteOriginNames
{
    public const int MaxPerKey = 20;

    /// <summary>The longest text taken as an origin, before it is put in its normal form.</summary>
    public const int MaxLength = 300;

    /// <summary>The origin's normal form, or null with the reason it is not an origin.</summary>
    public static (string? Origin, string? Problem) Normalize(string text)
    {
        var trimmed = text.Trim();
        // A browser never sends a trailing slash, but people often type one; nothing else may follow the host.
        var candidate = trimmed.EndsWith('/') ? trimmed[..^1] : trimmed;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return (null, $"'{text}' is not an http or https origin such as https://www.cluster.example.");
        }

        if (uri.AbsolutePath != "/" || candidate.EndsWith('/') || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment)
            || !string.IsNullOrEmpty(uri.UserInfo) || candidate.Contains('?', StringComparison.Ordinal) || candidate.Contains('#', StringComparison.Ordinal))
        {
            return (null, $"'{text}' is not an origin: give only scheme://host[:port], without a path, query or fragment.");
        }

        if (candidate.Contains('*', StringComparison.Ordinal))
        {
            return (null, $"'{text}' has a wildcard; list each origin itself.");
        }

        // Browsers send international host names in their ASCII (punycode) form.
        var host = uri.HostNameType == UriHostNameType.IPv6 ? $"[{uri.IdnHost.Trim('[', ']')}]" : uri.IdnHost;
        var origin = uri.IsDefaultPort ? $"{uri.Scheme}://{host}" : $"{uri.Scheme}://{host}:{uri.Port}";
        return (origin.ToLowerInvariant(), null);
    }
}
