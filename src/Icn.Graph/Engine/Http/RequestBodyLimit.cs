using System.Buffers;
using System.IO.Pipelines;
using Icn.GraphQL.Errors;
using Icn.Graph.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Icn.GraphQL.Http;

namespace Icn.Graph.Engine.Http;

/// <summary>
/// One body limit for every endpoint, enforced before any of them parses a byte: a Content-Length
/// over the limit is refused without reading, and a body without one (chunked) is read here, up
/// to the limit, and refused as soon as it passes it; the endpoint is then handed that body from
/// memory. Either way nothing behind this middleware can meet a larger one. /graphql answers the refusal as a
/// GraphQL error, the other endpoints as a problem details, both with PAYLOAD_TOO_LARGE.
/// </summary>
internal sealed partial class RequestBodyLimit(RequestDelegate next, IOptions<ApiOptions> options, ILogger<RequestBodyLimit> logger)
{
    /// <summary>
    /// How much of a refused body is still read and thrown away, and for how long: a client sends
    /// its whole body before it reads an answer, so without this it would see a reset connection
    /// instead of the 413. Past either bound the connection is closed.
    /// </summary>
    private const long DiscardBytes = 16 * 1024 * 1024;

    private static readonly TimeSpan DiscardTime = TimeSpan.FromSeconds(5);

    private readonly long maxBytes = options.Value.MaxRequestBodyBytes;

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != true)
        {
            await next(http);
            return;
        }

        // Kestrel's own limit (the same number) would fail the first read of a body announced over it,
        // before it can be thrown away; the limit is enforced here instead, Kestrel's kept for the discarding.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = maxBytes + DiscardBytes;
        }

        if (http.Request.ContentLength is { } announced)
        {
            if (announced > maxBytes)
            {
                await RefuseAsync(http);
                return;
            }

            // The server holds a body to its Content-Length: nothing past it can arrive, so the
            // endpoint reads it where it lies, without a copy.
            await next(http);
            return;
        }

        var body = await ReadAsync(http);
        if (body is null)
        {
            await RefuseAsync(http);
            return;
        }

        http.Request.Body = new MemoryStream(body, writable: false);
        await next(http);
    }

    /// <summary>The whole body, or null once it passes the limit (by our count or by Kestrel's, whichever sees it first).</summary>
    private async Task<byte[]?> ReadAsync(HttpContext http)
    {
        var reader = http.Request.BodyReader;
        while (true)
        {
            ReadResult read;
            try
            {
                read = await reader.ReadAsync(http.RequestAborted);
            }
            catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                return null;
            }

            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private async Task RefuseAsync(HttpContext http)
    {
        LogRefused(logger, http.Request.Path, http.Request.ContentLength, maxBytes);
        var message = $"The request body is larger than {maxBytes} bytes.";
        if (http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase))
        {
            await http.RequestServices.GetRequiredService<GraphQLHttpHandler>().RefuseAsync(
                http, new RequestRejection(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, message));
        }
        else
        {
            await TypedResults.Problem(
                message,
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Payload too large",
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.PayloadTooLarge }).ExecuteAsync(http);
        }

        await http.Response.CompleteAsync();
        await DiscardRestAsync(http);
    }

    /// <summary>Reads what is left of a refused body without keeping it, within <see cref="DiscardBytes"/> and <see cref="DiscardTime"/>.</summary>
    private static async Task DiscardRestAsync(HttpContext http)
    {
        using var time = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        time.CancelAfter(DiscardTime);
        var reader = http.Request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(time.Token);
                reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted)
                {
                    return;
                }
            }
        }
        catch (Exception stopped) when (stopped is OperationCanceledException or BadHttpRequestException or IOException)
        {
            http.Abort();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a request body over the limit on {Path} (Content-Length {ContentLength}, limit {MaxBytes} bytes)")]
    private static partial void LogRefused(ILogger logger, string path, long? contentLength, long maxBytes);
}
