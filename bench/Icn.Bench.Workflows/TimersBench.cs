using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Icn.Bench.Workflows;

/// <summary>
/// <c>timers</c>: the time P processes take to drain N timers all due at once, each fired exactly
/// once. The instances are put at their Delay in bulk (<see cref="TimerSetup"/>); the workers
/// (<see cref="TimersWorker"/>) are started, connected and warmed up on timers of their own before
/// the measured ones are inserted; the clock runs from "go" to the last worker's "done"; then the
/// database is asked whether every instance finished with its timer fired once.
/// </summary>
internal static class TimersBench
{
    private static readonly TimeSpan PhaseLimit = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var connectionString = arguments.Text("connection");
        var count = arguments.Number("count", 10_000);
        var processes = arguments.Number("processes", 2);
        var loops = arguments.Number("loops", 4);
        var warmupCount = arguments.Number("warmup", 200);

        Progress.Say("timers: a fresh database, migrated");
        await BenchDatabase.CreateAsync(connectionString, cancellationToken);
        await using var bench = new BenchRuntime(connectionString, "icn-bench-timers");
        await using (var db = await bench.DbAsync(cancellationToken))
        {
            await BenchDefinitions.PublishAsync(db, bench.Catalog, [BenchDefinitions.TimerJson(BenchDefinitions.Timer), BenchDefinitions.TimerJson(BenchDefinitions.TimerWarmup)], cancellationToken);
            await TimerSetup.InsertAsync(db, BenchDefinitions.TimerWarmup, warmupCount, cancellationToken);
        }

        Progress.Say($"timers: starting {processes} worker processes of {loops} loops each");
        var workers = Enumerable.Range(1, processes).Select(p => WorkerProcess.Start(connectionString, $"icn-bench-timers-{p}", loops)).ToList();
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(PhaseLimit);
            await Task.WhenAll(workers.Select(w => w.ExpectAsync(WorkerProtocol.Ready, limit.Token)));

            Progress.Say($"timers: warming the workers up on {warmupCount} timers");
            await Task.WhenAll(workers.Select(w => w.SendAsync(WorkerProtocol.Warmup)));
            var warm = await Task.WhenAll(workers.Select(w => w.ExpectAsync(WorkerProtocol.Warm, limit.Token)));

            Progress.Say($"timers: putting {count} instances at a Delay whose timer is due");
            var setup = Stopwatch.StartNew();
            await using (var db = await bench.DbAsync(cancellationToken))
            {
                await TimerSetup.InsertAsync(db, BenchDefinitions.Timer, count, cancellationToken);
            }

            var setupSeconds = setup.Elapsed.TotalSeconds;
            Progress.Say($"timers: set up in {setupSeconds:F1} s; draining");
            limit.CancelAfter(PhaseLimit);
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(workers.Select(w => w.SendAsync(WorkerProtocol.Go)));
            var fired = await Task.WhenAll(workers.Select(w => w.ExpectAsync(WorkerProtocol.Done, limit.Token)));
            var elapsed = clock.Elapsed.TotalSeconds;
            var exitCodes = await Task.WhenAll(workers.Select(w => w.ExitAsync(limit.Token)));

            await using var check = await bench.DbAsync(cancellationToken);
            var verdict = await ExactlyOnceCheck.RunAsync(check, BenchDefinitions.Timer, fired.Sum(), cancellationToken);
            var (synchronousCommit, fsync) = await BenchDatabase.DurabilityAsync(check, cancellationToken);
            Progress.Say($"timers: {verdict}");
            Result.Write(new JsonObject
            {
                ["part"] = "timers",
                ["count"] = count,
                ["processes"] = processes,
                ["loops"] = loops,
                ["seconds"] = Math.Round(elapsed, 3),
                ["firedPerProcess"] = new JsonArray([.. fired.Select(f => (JsonNode)f)]),
                ["warmupFired"] = warm.Sum(),
                ["setupSeconds"] = Math.Round(setupSeconds, 3),
                ["exactlyOnce"] = verdict.Passed && exitCodes.All(code => code == 0),
                ["check"] = verdict.ToString(),
                ["synchronousCommit"] = synchronousCommit,
                ["fsync"] = fsync,
            });
            return verdict.Passed && exitCodes.All(code => code == 0) ? 0 : 1;
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }
}
