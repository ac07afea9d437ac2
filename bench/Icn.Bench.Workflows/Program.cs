using Icn.Bench.Workflows;

// The workflow runtime's bench (bench/README.md, "Workflow runtime"):
//   journal --connection CS [--seconds 10] [--warmup 3] [--instances 200] [--concurrency 16]
//   timers  --connection CS [--count 10000] [--processes 2] [--loops 4] [--warmup 200]
// Each makes its database afresh, prints progress on standard error and one JSON line of figures
// on standard output, and exits 1 when its check fails (never for the numbers themselves).
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

try
{
    var arguments = new BenchArguments(args.Skip(1));
    return args.FirstOrDefault() switch
    {
        "journal" => await JournalBench.RunAsync(arguments, stop.Token),
        "timers" => await TimersBench.RunAsync(arguments, stop.Token),
        "timers-worker" => await TimersWorker.RunAsync(arguments, stop.Token),
        _ => Usage(),
    };
}
catch (ArgumentException error)
{
    Console.Error.WriteLine($"icn-bench-workflows: {error.Message}");
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("usage: Icn.Bench.Workflows journal --connection CS [--seconds 10] [--warmup 3] [--instances 200] [--concurrency 16]");
    Console.Error.WriteLine("       Icn.Bench.Workflows timers --connection CS [--count 10000] [--processes 2] [--loops 4] [--warmup 200]");
    return 2;
}
