namespace Icn.Graph.Hosting;

/// <summary>
/// GraphiQL at /graphiql, from our own files: the page and its script are in wwwroot/graphiql, and
/// ./icn copies the npm package's built files into wwwroot/graphiql/vendor (no CDN is reachable).
/// </summary>
internal static class GraphiQLEndpoints
{
    public static WebApplication UseGraphiQL(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapGet("/graphiql", (IWebHostEnvironment environment) =>
        {
            var page = environment.WebRootFileProvider.GetFileInfo("graphiql/index.html");
            var vendor = environment.WebRootFileProvider.GetFileInfo("graphiql/vendor/graphiql.min.js");
            return page.Exists && vendor.Exists
                ? Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8")
                : Results.Problem(
                    title: "GraphiQL is not installed",
                    detail: "Its files are copied from npm by ./icn run; run that once.",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
