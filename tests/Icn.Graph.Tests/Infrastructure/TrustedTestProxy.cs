using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>
/// The test server has no TCP peer (a request's remote address is empty), so tests that need
/// clients at different addresses put a reverse proxy in front: every request comes from
/// <see cref="Address"/>, which the API is configured to trust, and names its client in
/// X-Forwarded-For as a deployment's proxy would. The API's own forwarded-headers handling then
/// decides the client address.
/// </summary>
public static class TrustedTestProxy
{
    public const string Address = "10.77.0.1";

    /// <summary>The API setting that trusts the proxy.</summary>
    public static KeyValuePair<string, string?> Setting => new("RateLimits:TrustedProxies:0", Address);

    public static void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter, ProxyPeer>();

    /// <summary>A client of <paramref name="factory"/> whose requests come through the proxy from <paramref name="clientAddress"/>.</summary>
    public static HttpClient ClientAt(IcnApiFactory factory, string clientAddress)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientAddress);
        return client;
    }

    private sealed class ProxyPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate following) =>
            {
                http.Connection.RemoteIpAddress ??= System.Net.IPAddress.Parse(Address);
                return following(http);
            });
            next(app);
        };
    }
}
