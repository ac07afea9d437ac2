using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Icn.Graph.Tests.Infrastructure;

/// <summary>
/// The API as a real operating-system process (the built Icn.Graph.dll, started with dotnet), for
/// tests that must kill it the hard way. Its output is kept for the failure message.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ApiProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Whether the process is still running (a request that crashed it shows here).</summary>
    public bool HasExited => process.HasExited;

    /// <summary>The CPU time the process has used so far, on all its threads.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>The last lines the process wrote, for a failing test's message.</summary>
    public string Output => string.Join('\n', output.TakeLast(40));

    /// <summary>
    /// The settings of an API process over the demo network with its staff accounts (password
    /// <see cref="StaffApiFixture.Password"/>) on <paramref name="connectionString"/>'s database, rate
    /// limits out of the way: tests that drive it hard are not testing the limits.
    /// </summary>
    public static Dictionary<string, string> DemoNetworkSettings(string connectionString) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Testing",
        ["ConnectionStrings:Icn"] = connectionString,
        ["Database:MigrateOnStart"] = "true",
        ["Demo:SeedOnStart"] = "true",
        ["Demo:ReferenceDate"] = IcnApiFactory.ReferenceDate,
        ["Demo:SeedAccounts"] = "true",
        ["Demo:Password"] = StaffApiFixture.Password,
        ["RateLimits:StaffPerMinute"] = "1000000",
        ["RateLimits:AnonymousPerMinute"] = "1000000",
        ["RateLimits:AddressPerMinute"] = "1000000",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Starts the API with <paramref name="settings"/> (configuration keys, ':' separated) and waits until it is ready.</summary>
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [ApiAssembly()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ApiAssembly())!,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        foreach (var (key, value) in ThrowawayKeyCertificate.Settings.Concat(settings))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var api = new ApiProcess(Process.Start(start)!, address);
        api.process.OutputDataReceived += (_, line) => api.Keep(line.Data);
        api.process.ErrorDataReceived += (_, line) => api.Keep(line.Data);
        api.process.BeginOutputReadLine();
        api.process.BeginErrorReadLine();
        await api.WaitUntilReadyAsync();
        return api;
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>SIGKILL: no shutdown, no flushing, open transactions cut off where they are.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API process exited with {process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The API process was not ready within 90 s:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200)
        {
            output.TryDequeue(out _);
        }
    }

    /// <summary>The API built in the same configuration as this test assembly.</summary>
    private static string ApiAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(RepositoryFiles.Root, "src", "Icn.Graph", "bin", configuration, "net10.0", "Icn.Graph.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the API first (./icn test does).", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
