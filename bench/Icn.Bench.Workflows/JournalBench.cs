using System.Diagnostics;
using System.Text.Json.Nodes;
using Icn.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Icn.Bench.Workflows;

/// <summary>
/// <c>journal</c>: many instances advancing at once. N instances of the signal loop are started
/// through the runtime; C signallers then send ticks for S seconds, each to its own share of the
/// instances (so that they never queue on one instance's lock), every tick one burst in one
/// committed transaction. The journal rows counted in the database before and after, over the wall
/// time between, are what the runtime committed per second.
/// </summary>
internal static class JournalBench
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var connectionString = arguments.Text("connection");
        var seconds = arguments.Number("seconds", 10);
        var warmupSeconds = arguments.Number("warmup", 3);
        var instanceCount = arguments.Number("instances", 200);
        var concurrency = Math.Min(arguments.Number("concurrency", 16), instanceCount);

        Progress.Say($"journal: a fresh database, migrated");
        await BenchDatabase.CreateAsync(connectionString, cancellationToken);
        await using var bench = new BenchRuntime(connectionString, "icn-bench-journal");
        await using (var db = await bench.DbAsync(cancellationToken))
        {
            await BenchDefinitions.PublishAsync(db, bench.Catalog, [BenchDefinitions.SignalLoopJson()], cancellationToken);
        }

        Progress.Say($"journal: starting {instanceCount} instances through the runtime, {concurrency} at a time");
        var keys = Enumerable.Range(0, instanceCount).Select(i => $"instance-{i}").ToArray();
        await ForEachShareAsync(keys, concurrency, async key =>
        {
            var (instance, refusal) = await bench.Runtime.StartAsync(BenchDefinitions.SignalLoop, new JsonObject { ["key"] = key }, null, null, cancellationToken);
            if (instance is not { Status: Icn.Domain.Workflows.WorkflowInstanceStatus.Running })
            {
                throw new InvalidOperationException($"Starting {key} did not leave it running: {refusal?.Message ?? instance?.Status.ToString()}");
            }
        });

        Progress.Say($"journal: warming up for {warmupSeconds} s with {concurrency} signallers");
        await SignalForAsync(bench.Runtime, keys, concurrency, TimeSpan.FromSeconds(warmupSeconds), cancellationToken);

        Progress.Say($"journal: measuring for {seconds} s with {concurrency} signallers");
        var before = await JournalRowsAsync(bench, cancellationToken);
        var clock = Stopwatch.StartNew();
        var bursts = await SignalForAsync(bench.Runtime, keys, concurrency, TimeSpan.FromSeconds(seconds), cancellationToken);
        var elapsed = clock.Elapsed.TotalSeconds;
        var rows = await JournalRowsAsync(bench, cancellationToken) - before;

        await using var check = await bench.DbAsync(cancellationToken);
        var (synchronousCommit, fsync) = await BenchDatabase.DurabilityAsync(check, cancellationToken);
        var faulted = await check.WorkflowInstances.CountAsync(i => i.Status != Icn.Domain.Workflows.WorkflowInstanceStatus.Running, cancellationToken);
        Result.Write(new JsonObject
        {
            ["part"] = "journal",
            ["instances"] = instanceCount,
            ["concurrency"] = concurrency,
            ["seconds"] = Math.Round(elapsed, 3),
            ["journalRows"] = rows,
            ["bursts"] = bursts,
            ["notRunning"] = faulted,
            ["synchronousCommit"] = synchronousCommit,
            ["fsync"] = fsync,
        });

        // Every instance loops forever: one that is not running any more faulted on the way.
        if (faulted > 0)
        {
            Progress.Say($"journal: {faulted} instances are no longer running (faulted?)");
            return 1;
        }

        return 0;
    }

    /// <summary>Sends ticks for <paramref name="duration"/>; each signaller waits for its tick's burst to commit before the next. Answers the bursts run.</summary>
    private static async Task<long> SignalForAsync(WorkflowRuntime runtime, string[] keys, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        long bursts = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async signaller =>
        {
            var share = keys.Where((_, i) => i % concurrency == signaller).ToArray();
            for (var next = 0; Stopwatch.GetTimestamp() < until; next = (next + 1) % share.Length)
            {
                var payload = new JsonObject { ["at"] = DateTime.UtcNow.ToString("O") };
                Interlocked.Add(ref bursts, await runtime.SignalAsync(BenchDefinitions.TickSignal, share[next], payload, null, cancellationToken));
            }
        }));
        return bursts;
    }

    private static Task ForEachShareAsync(string[] keys, int concurrency, Func<string, Task> action) =>
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            for (var i = worker; i < keys.Length; i += concurrency)
            {
                await action(keys[i]);
            }
        }));

    private static async Task<long> JournalRowsAsync(BenchRuntime bench, CancellationToken cancellationToken)
    {
        await using var db = await bench.DbAsync(cancellationToken);
        return await db.WorkflowJournal.LongCountAsync(cancellationToken);
    }
}
