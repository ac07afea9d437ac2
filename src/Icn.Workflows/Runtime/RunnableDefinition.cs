using System.Text.Json;
using Icn.Workflows.Definitions;

namespace Icn.Workflows.Runtime;

/// <summary>
/// A published definition prepared for running: activities by id, where each outcome leads, and
/// which activities can reach which (for joins). Built once per version, which never changes.
/// </summary>
internal sealed class RunnableDefinition
{
    private readonly Dictionary<string, ActivityNode> activities;
    private readonly Dictionary<(string From, string Outcome), string[]> targets;
    private readonly Dictionary<string, HashSet<string>> reachable;

    public RunnableDefinition(WorkflowDefinition definition, string startType)
    {
        Definition = definition;
        activities = definition.Activities.ToDictionary(a => a.Id, StringComparer.Ordinal);
        targets = definition.Connections
            .GroupBy(c => (c.From, c.Outcome))
            .ToDictionary(g => g.Key, g => g.Select(c => c.To).ToArray());
        StartId = definition.Activities.Single(a => a.Type == startType).Id;
        reachable = activities.Keys.ToDictionary(id => id, Reach, StringComparer.Ordinal);
    }

    public WorkflowDefinition Definition { get; }

    public string StartId { get; }

    public ActivityNode Activity(string id) =>
        activities.TryGetValue(id, out var activity) ? activity : throw new WorkflowFault($"The definition has no activity '{id}'.");

    /// <summary>The activities an outcome of <paramref name="from"/> leads to.</summary>
    public IReadOnlyList<string> Next(string from, string outcome) => targets.GetValueOrDefault((from, outcome)) ?? [];

    /// <summary>True when a branch at <paramref name="from"/> can still arrive at <paramref name="to"/>.</summary>
    public bool CanReach(string from, string to) => reachable.TryGetValue(from, out var set) && set.Contains(to);

    /// <summary>The variables an instance starts with: each declared one at its default (or null).</summary>
    public System.Text.Json.Nodes.JsonObject InitialVariables()
    {
        var variables = new System.Text.Json.Nodes.JsonObject();
        foreach (var variable in Definition.Variables)
        {
            variables[variable.Name] = variable.Default is { } value ? System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText()) : null;
        }

        return variables;
    }

    /// <summary>A Join's mode: "all" unless its literal input says "any".</summary>
    public bool JoinsOnAny(string joinId) =>
        Activity(joinId).Inputs.GetValueOrDefault("mode")?.Literal is { ValueKind: JsonValueKind.String } mode && mode.GetString() == "any";

    private HashSet<string> Reach(string from)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(targets.Where(t => t.Key.From == from).SelectMany(t => t.Value));
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var further in targets.Where(t => t.Key.From == next).SelectMany(t => t.Value))
                {
                    pending.Push(further);
                }
            }
        }

        return seen;
    }
}
