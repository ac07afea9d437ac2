using System.Net.Http.Headers;
using System.Text;
using Xunit.Abstractions;

namespace Icn.Graph.Tests.Hardening.Workload;

/// <summary>
/// One body limit (Api:MaxRequestBodyBytes, 1 MiB) for every endpoint, checked before the endpoint
/// parses anything: an 8 MB body, announced by its Content-Length or sent in chunks without one,
/// gets 413 PAYLOAD_TOO_LARGE at once and costs the process next to nothing.
/// </summary>
[Collection(HostileApiCollection.Name)]
public sealed class OversizedBodyTests(HostileApiFixture api, ITestOutputHelper output)
{
    private const int EightMegabytes = 8 * 1024 * 1024;
    private const int JustUnderTheLimit = 1_048_576 - 1024;

    public static TheoryData<string, string, bool> Endpoints()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (method, path) in new[] { ("POST", "/graphql"), ("PUT", "/graphql"), ("POST", "/auth/login"), ("POST", "/auth/refresh"), ("POST", "/auth/accept-invitation"), ("POST", "/no-such-endpoint") })
        {
            data.Add(method, path, true);
            data.Add(method, path, false);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task An_8_MB_body_is_refused_with_413_before_it_is_parsed(string method, string path, bool withLength)
    {
        var answer = await api.SendAsync(() => Request(method, path, BodyFor(path, EightMegabytes), withLength));

        await api.AssertRefusedQuicklyAsync(answer, 413, "PAYLOAD_TOO_LARGE", output);
        Assert.Contains("larger than 1048576 bytes", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_refused_for_its_size_answers_a_problem_details()
    {
        var answer = await api.SendAsync(() => Request("POST", "/auth/login", BodyFor("/auth/login", EightMegabytes), withLength: false));

        Assert.Equal(413, answer.Status);
        Assert.Contains("\"status\":413", answer.Body, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"PAYLOAD_TOO_LARGE\"", answer.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/auth/login", 401)]
    [InlineData("/auth/refresh", 401)]
    [InlineData("/graphql", 200)]
    public async Task A_body_just_under_the_limit_still_reaches_the_endpoint(string path, int status)
    {
        foreach (var withLength in new[] { true, false })
        {
            var answer = await api.SendAsync(() => Request("POST", path, BodyFor(path, JustUnderTheLimit), withLength));

            output.WriteLine($"{path} {(withLength ? "with a length" : "chunked")}: {answer.Status} {answer.Excerpt}");
            Assert.Equal(status, answer.Status);
        }
    }

    /// <summary>A well-formed body of about <paramref name="size"/> bytes, which the endpoint would otherwise parse and act on.</summary>
    private static string BodyFor(string path, int size)
    {
        var padding = new string('x', size);
        return path switch
        {
            "/auth/login" => $"{{\"email\":\"nobody@demo.icn\",\"password\":\"{padding}\"}}",
            "/auth/refresh" => $"{{\"refreshToken\":\"{padding}\"}}",
            "/auth/accept-invitation" => $"{{\"userId\":\"nobody\",\"token\":\"{padding}\",\"password\":\"irrelevant\"}}",
            _ => $"{{\"query\":\"{{ __typename }}\",\"variables\":{{\"padding\":\"{padding}\"}}}}",
        };
    }

    private static HttpRequestMessage Request(string method, string path, string body, bool withLength)
    {
        var request = HostileApiFixture.Post(path, "{}");
        request.Method = new HttpMethod(method);
        var bytes = Encoding.UTF8.GetBytes(body);

        // A stream that cannot tell its length is sent chunked, without a Content-Length.
        request.Content = withLength ? new ByteArrayContent(bytes) : new StreamContent(new UnseekableStream(bytes));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return request;
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
