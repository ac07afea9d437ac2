using System.Diagnostics;
using System.Globalization;

namespace Icn.Bench.Workflows;

/// <summary>A <c>timers-worker</c> child: this same program started again, talked to over its standard input and output.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;

    private WorkerProcess(Process process, string name)
    {
        this.process = process;
        Name = name;
    }

    public string Name { get; }

    public static WorkerProcess Start(string connectionString, string name, int loops)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // Run as `dotnet Icn.Bench.Workflows.dll` or as the apphost: start the child the same way.
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The bench cannot tell how it was started.");
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        }

        foreach (var argument in new[] { "timers-worker", "--connection", connectionString, "--name", name, "--loops", loops.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start."), name);
    }

    public async Task SendAsync(string command)
    {
        await process.StandardInput.WriteLineAsync(command);
        await process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for the line starting with <paramref name="word"/>; answers the count after it (0 when none).</summary>
    public async Task<int> ExpectAsync(string word, CancellationToken cancellationToken)
    {
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken)
            ?? throw new InvalidOperationException($"{Name} ended (exit code {ExitCode()}) before saying '{word}'.");
        var parts = line.Split(' ', 2);
        if (parts[0] != word)
        {
            throw new InvalidOperationException($"{Name} said '{line}' where '{word}' was expected.");
        }

        return parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
    }

    public async Task<int> ExitAsync(CancellationToken cancellationToken)
    {
        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }

    private string ExitCode()
    {
        process.WaitForExit(TimeSpan.FromSeconds(5));
        return process.HasExited ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "still running";
    }
}
