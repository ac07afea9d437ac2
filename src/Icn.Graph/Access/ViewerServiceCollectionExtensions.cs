namespace Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;

internal static class ViewerServiceCollectionExtensions
{
    /// <summary>One <see cref="Viewer"/> per request, read from the authenticated principal.</summary>
    public static IServiceCollection AddViewer(this IServiceCollection services) =>
        services
            .AddHttpContextAccessor()
            .AddScoped(sp => new Viewer(
                sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new System.Security.Claims.ClaimsPrincipal()));
}
