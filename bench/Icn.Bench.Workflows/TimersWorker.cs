namespace Icn.Bench.Workflows;

/// <summary>
/// <c>timers-worker</c>: one of the processes that drain timers, driven by its parent over standard
/// input and output. It says "ready" once its runtime is built and its connections are open;
/// "warmup" drains the warm-up timers (answered "warm N"); "go" drains the measured ones
/// (answered "done N") and ends the process.
/// </summary>
internal static class TimersWorker
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var loops = arguments.Number("loops", 4);
        await using var bench = new BenchRuntime(arguments.Text("connection"), arguments.Text("name"));
        await bench.OpenConnectionsAsync(loops, cancellationToken);
        Console.Out.WriteLine(WorkerProtocol.Ready);

        while (await Console.In.ReadLineAsync(cancellationToken) is { } command)
        {
            switch (command)
            {
                case WorkerProtocol.Warmup:
                    Console.Out.WriteLine($"{WorkerProtocol.Warm} {await TimerDrain.RunAsync(bench.Runtime, loops, cancellationToken)}");
                    break;
                case WorkerProtocol.Go:
                    Console.Out.WriteLine($"{WorkerProtocol.Done} {await TimerDrain.RunAsync(bench.Runtime, loops, cancellationToken)}");
                    return 0;
                default:
                    Progress.Say($"timers-worker: unknown command '{command}'");
                    return 2;
            }
        }

        Progress.Say("timers-worker: the parent went away before 'go'");
        return 2;
    }
}
