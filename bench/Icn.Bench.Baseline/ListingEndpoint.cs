using System.Text.Json;
using Npgsql;

namespace Icn.Bench.Baseline;

internal static class ListingEndpoint
{
    /// <summary>POST /graphql answers the website listing whatever the query text says.</summary>
    public static void MapWebsiteListing(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/graphql", HandleAsync);

    private static async Task HandleAsync(ListingRequest request, NpgsqlDataSource dataSource, HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        if (request.Variables is not { First: >= 0, Status.Length: > 0 } variables)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await using var command = WebsiteListingQuery.Create(dataSource, variables);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken);
        http.Response.ContentType = "application/json; charset=utf-8";
        await using (var json = new Utf8JsonWriter(http.Response.BodyWriter))
        {
            await ListingJsonWriter.WriteAsync(json, rows, cancellationToken);
        }

        await http.Response.BodyWriter.FlushAsync(cancellationToken);
    }
}
