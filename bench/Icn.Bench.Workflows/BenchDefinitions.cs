using System.Text.Json.Nodes;
using Icn.Domain.Persistence;
using Icn.Workflows.Activities;
using Icn.Workflows.Definitions;

namespace Icn.Bench.Workflows;

/// <summary>The definitions the bench runs, published as the designer publishes them (draft, then publish).</summary>
internal static class BenchDefinitions
{
    /// <summary>The signal the signal loop waits for; its correlation is the instance's <c>input.key</c>.</summary>
    public const string TickSignal = "bench-tick";

    /// <summary>
    /// Waits for a tick, counts it, keeps its payload, and waits again: every signal is one burst
    /// of four journal rows (the wait completed, two variables set, the next wait).
    /// </summary>
    public const string SignalLoop = "bench-signal-loop";

    /// <summary>Waits a minute, then ends: the shape whose timers the drain measures.</summary>
    public const string Timer = "bench-timer";

    /// <summary>The same shape, for the timers that warm the worker processes up before the measured drain.</summary>
    public const string TimerWarmup = "bench-timer-warmup";

    /// <summary>The delay's activity id, whose journal rows the exactly-once check counts.</summary>
    public const string DelayActivity = "wait";

    public static JsonObject SignalLoopJson() => Document(
        SignalLoop,
        [Variable("count", "number", 0), Variable("last", "object", null)],
        [
            Activity("start", "Start"),
            Activity("wait", "WaitForSignal", ("signal", Literal(TickSignal)), ("correlation", Expression("input.key")), ("variable", Literal("last"))),
            Activity("count", "SetVariable", ("variable", Literal("count")), ("value", Expression("variables.count + 1"))),
            Activity("echo", "SetVariable", ("variable", Literal("last")), ("value", Expression("({ tick: variables.count, at: variables.last.at })"))),
        ],
        [("start", "wait"), ("wait", "count"), ("count", "echo"), ("echo", "wait")]);

    public static JsonObject TimerJson(string definitionId) => Document(
        definitionId,
        [],
        [
            Activity("start", "Start"),
            Activity(DelayActivity, "Delay", ("duration", Literal("PT1M"))),
            Activity("end", "End"),
        ],
        [("start", DelayActivity), (DelayActivity, "end")]);

    /// <summary>Saves each document as its definition's draft and publishes it.</summary>
    public static async Task PublishAsync(IcnDbContext db, ActivityCatalog catalog, IEnumerable<JsonObject> documents, CancellationToken cancellationToken)
    {
        var validator = new DefinitionValidator(catalog);
        foreach (var document in documents)
        {
            var (draft, problem) = await DefinitionVersions.SaveDraftAsync(db, document.ToJsonString(), cancellationToken);
            if (draft is null)
            {
                throw new InvalidOperationException($"The bench's definition '{document["definitionId"]}' was refused: {problem}");
            }

            var problems = DefinitionVersions.Publish(draft, validator, publishedBy: null, DateTime.UtcNow);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"The bench's definition '{draft.DefinitionId}' does not validate: {string.Join("; ", problems)}");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static JsonObject Document(string definitionId, JsonNode[] variables, JsonNode[] activities, (string From, string To)[] connections) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["variables"] = new JsonArray(variables),
        ["activities"] = new JsonArray(activities),
        ["connections"] = new JsonArray([.. connections.Select(c => new JsonObject { ["from"] = c.From, ["outcome"] = "done", ["to"] = c.To })]),
    };

    private static JsonObject Variable(string name, string type, JsonNode? initial)
    {
        var variable = new JsonObject { ["name"] = name, ["type"] = type };
        if (initial is not null)
        {
            variable["default"] = initial;
        }

        return variable;
    }

    private static JsonObject Activity(string id, string type, params (string Name, JsonObject Value)[] inputs)
    {
        var given = new JsonObject();
        foreach (var (name, value) in inputs)
        {
            given[name] = value;
        }

        return new JsonObject { ["id"] = id, ["type"] = type, ["inputs"] = given };
    }

    private static JsonObject Literal(JsonNode value) => new() { ["literal"] = value };

    private static JsonObject Expression(string text) => new() { ["expression"] = text };
}
