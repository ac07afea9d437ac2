using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Icn.Graph.Tests.Infrastructure;
using Icn.Testing;
using Xunit.Abstractions;

namespace Icn.Graph.Tests.Hardening.Workload;

/// <summary>
/// The API as a process of its own over the demo network, for requests built to crash it or hold
/// it: a crash ends that process, not the test run, and the CPU time a request costs is read from
/// outside. The collection runs alone, so the time and CPU measured are the request's.
/// </summary>
public sealed class HostileApiFixture : IAsyncLifetime
{
    /// <summary>The wall time within which a hostile request must be answered.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(1);

    /// <summary>The CPU time the whole process may spend on one hostile request.</summary>
    public static readonly TimeSpan CpuBudget = TimeSpan.FromSeconds(1);

    private readonly string connectionString = TestDatabase.NewDatabaseConnectionString("hostile");

    public ApiProcess Api { get; private set; } = null!;

    /// <summary>The process's database, for a test that stores a row the API would refuse to write.</summary>
    public string ConnectionString => connectionString;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Api = await ApiProcess.StartAsync(ApiProcess.DemoNetworkSettings(connectionString));
        Http = Api.CreateClient();

        // The first answers pay for JIT compilation and the schema's caches; no hostile request should.
        for (var i = 0; i < 3; i++)
        {
            await SendAsync(() => GraphQLPost("{\"query\":\"{ regions { name } opportunities(first: 1, where: { or: [{ title: { eq: \\\"a\\\" } }] }) { totalCount } }\"}"));
        }
    }

    /// <summary>A POST to /graphql with <paramref name="json"/> as its body.</summary>
    public static HttpRequestMessage GraphQLPost(string json) => Post("/graphql", json);

    /// <summary>A POST of <paramref name="json"/> to <paramref name="path"/>, as a browser's fetch sends it.</summary>
    public static HttpRequestMessage Post(string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(json)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    /// <summary>Sends one request and measures what answering it cost the process.</summary>
    public async Task<MeasuredAnswer> SendAsync(Func<HttpRequestMessage> makeRequest)
    {
        using var request = makeRequest();
        var cpuBefore = Api.CpuTime;
        var clock = Stopwatch.StartNew();
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        return new MeasuredAnswer((int)response.StatusCode, body, clock.Elapsed, Api.CpuTime - cpuBefore);
    }

    /// <summary>
    /// Asserts a refusal with <paramref name="status"/> and <paramref name="code"/> (when given),
    /// answered within <see cref="AnswerWithin"/> and <see cref="CpuBudget"/>, and the process still serving.
    /// </summary>
    public async Task AssertRefusedQuicklyAsync(MeasuredAnswer answer, int status, string? code, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{answer.Status} {answer.Code}: {answer.Elapsed.TotalMilliseconds:F0} ms, CPU {answer.Cpu.TotalMilliseconds:F0} ms; {answer.Excerpt}");
        Assert.False(Api.HasExited, $"The API process died:\n{Api.Output}");
        Assert.True(answer.Status == status && (code is null || answer.Code == code), $"Expected {status} {code}, got {answer.Status} {answer.Code}: {answer.Excerpt}");
        Assert.True(answer.Elapsed < AnswerWithin, $"Answered in {answer.Elapsed.TotalMilliseconds:F0} ms; at most {AnswerWithin.TotalMilliseconds} ms expected.");
        Assert.True(answer.Cpu < CpuBudget, $"The request cost {answer.Cpu.TotalMilliseconds:F0} ms of CPU; at most {CpuBudget.TotalMilliseconds} ms expected.");
        await AssertStillAnswersAsync();
    }

    /// <summary>A small public query still answers 200 with data.</summary>
    public async Task AssertStillAnswersAsync()
    {
        Assert.False(Api.HasExited, $"The API process died:\n{Api.Output}");
        var alive = await SendAsync(() => GraphQLPost("{\"query\":\"{ regions { name } }\"}"));
        Assert.True(alive.Status == 200 && alive.Body.Contains("\"regions\"", StringComparison.Ordinal), $"The API no longer answers: {alive.Status} {alive.Excerpt}");
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Api is not null)
        {
            await Api.DisposeAsync();
        }

        await TestDatabase.DropAsync(connectionString);
    }
}

/// <summary>An answer with the wall time and the server's CPU time it took.</summary>
public sealed record MeasuredAnswer(int Status, string Body, TimeSpan Elapsed, TimeSpan Cpu)
{
    /// <summary>The first error's code, when the body is JSON with errors (or a problem details' code).</summary>
    public string? Code
    {
        get
        {
            try
            {
                var json = JsonNode.Parse(Body);
                return json?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? json?["code"]?.GetValue<string>();
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }

    public string Excerpt => Body.Length <= 300 ? Body : Body[..300] + "…";
}

/// <summary>The hostile requests' collection: one API process, run with no other collection beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileApiCollection : ICollectionFixture<HostileApiFixture>
{
    public const string Name = "Hostile requests against an API process of its own";
}
