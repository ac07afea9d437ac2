using System.Text.Json;
using Icn.Workflows.Activities;

namespace Icn.Workflows.Definitions;

/// <summary>
/// What publishing checks: a name and id; unique activity ids of known types; exactly one Start;
/// every required input set, no unknown input, literals of the type the input wants, expressions
/// that compile; connections from real outcome ports to real activities; every activity reachable
/// from the Start; variables declared once and set only if declared. Drafts may break any of it.
/// </summary>
public sealed class DefinitionValidator(ActivityCatalog catalog)
{
    public IReadOnlyList<DefinitionProblem> Validate(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<DefinitionProblem>();
        if (!DefinitionIds.IsValid(definition.DefinitionId))
        {
            problems.Add(new("$.definitionId", "The definition id must be lower-case words joined by hyphens, e.g. \"membership-application\"."));
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            problems.Add(new("$.name", "The definition needs a name."));
        }

        var variables = CheckVariables(definition, problems);
        var activities = CheckActivities(definition, variables, problems);
        CheckConnections(definition, activities, problems);
        return problems;
    }

    private static HashSet<string> CheckVariables(WorkflowDefinition definition, List<DefinitionProblem> problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Variables.Count; i++)
        {
            var variable = definition.Variables[i];
            if (string.IsNullOrWhiteSpace(variable.Name) || !names.Add(variable.Name))
            {
                problems.Add(new($"$.variables[{i}].name", $"Variable names must be non-empty and unique; '{variable.Name}' is not."));
            }

            if (variable.Type is not ("string" or "number" or "boolean" or "array" or "object"))
            {
                problems.Add(new($"$.variables[{i}].type", $"A variable's type is string, number, boolean, array or object; not '{variable.Type}'."));
            }
        }

        return names;
    }

    /// <summary>Checks each activity; answers the outcomes of each valid id.</summary>
    private Dictionary<string, (ActivityDescriptor Descriptor, IReadOnlyList<string> Outcomes)> CheckActivities(
        WorkflowDefinition definition, HashSet<string> variables, List<DefinitionProblem> problems)
    {
        var known = new Dictionary<string, (ActivityDescriptor, IReadOnlyList<string>)>(StringComparer.Ordinal);
        var starts = 0;
        for (var i = 0; i < definition.Activities.Count; i++)
        {
            var activity = definition.Activities[i];
            var path = $"$.activities[{i}]";
            if (string.IsNullOrWhiteSpace(activity.Id) || known.ContainsKey(activity.Id))
            {
                problems.Add(new($"{path}.id", $"Activity ids must be non-empty and unique; '{activity.Id}' is not."));
                continue;
            }

            if (catalog.Find(activity.Type) is not { } descriptor)
            {
                problems.Add(new($"{path}.type", $"No activity type is named '{activity.Type}'."));
                continue;
            }

            starts += descriptor.IsStart ? 1 : 0;
            CheckInputs(activity, descriptor, variables, path, problems);
            known[activity.Id] = (descriptor, OutcomesOf(activity, descriptor));
        }

        if (starts != 1)
        {
            problems.Add(new("$.activities", $"A definition has exactly one Start; this one has {starts}."));
        }

        return known;
    }

    private static void CheckInputs(ActivityNode activity, ActivityDescriptor descriptor, HashSet<string> variables, string path, List<DefinitionProblem> problems)
    {
        foreach (var (name, value) in activity.Inputs)
        {
            var input = descriptor.Inputs.FirstOrDefault(d => d.Name == name);
            var inputPath = $"{path}.inputs.{name}";
            if (input is null)
            {
                problems.Add(new(inputPath, $"{descriptor.Type} has no input '{name}'."));
            }
            else if (value.IsExpression)
            {
                if (!input.AcceptsExpression)
                {
                    problems.Add(new(inputPath, $"'{name}' must be a literal: the designer and the validator read it before the workflow runs."));
                }
                else if (Expressions.SyntaxError(value.Expression!) is { } error)
                {
                    problems.Add(new(inputPath, $"The expression does not compile: {error}"));
                }
            }
            else if (value.Literal is not { } literal || !FitsType(literal, input.JsonType))
            {
                problems.Add(new(inputPath, $"'{name}' must be a literal of type {input.JsonType ?? "any"} or an expression."));
            }
        }

        foreach (var required in descriptor.Inputs.Where(d => d.Required && !activity.Inputs.ContainsKey(d.Name)))
        {
            problems.Add(new($"{path}.inputs.{required.Name}", $"{descriptor.Type} needs the input '{required.Name}'."));
        }

        if (descriptor.Type == "SetVariable" && activity.Inputs.GetValueOrDefault("variable")?.Literal is { ValueKind: JsonValueKind.String } variable
            && !variables.Contains(variable.GetString()!))
        {
            problems.Add(new($"{path}.inputs.variable", $"'{variable.GetString()}' is not a declared variable."));
        }

        if (descriptor.Type == "Switch" && activity.Inputs.GetValueOrDefault("cases")?.Literal is { ValueKind: JsonValueKind.Array } cases)
        {
            var index = 0;
            foreach (var condition in cases.EnumerateArray().Select(c => c.TryGetProperty("condition", out var text) ? text.GetString() : null))
            {
                if (condition is null || Expressions.SyntaxError(condition) is not null)
                {
                    problems.Add(new($"{path}.inputs.cases[{index}].condition", "Each case needs a condition that compiles."));
                }

                index++;
            }
        }
    }

    private static void CheckConnections(
        WorkflowDefinition definition,
        Dictionary<string, (ActivityDescriptor Descriptor, IReadOnlyList<string> Outcomes)> activities,
        List<DefinitionProblem> problems)
    {
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Connections.Count; i++)
        {
            var connection = definition.Connections[i];
            var path = $"$.connections[{i}]";
            if (!activities.TryGetValue(connection.From, out var from))
            {
                problems.Add(new($"{path}.from", $"No activity '{connection.From}' to connect from."));
                continue;
            }

            if (!from.Outcomes.Contains(connection.Outcome))
            {
                problems.Add(new($"{path}.outcome", $"'{connection.From}' ({from.Descriptor.Type}) has no outcome '{connection.Outcome}'; it has {Listed(from.Outcomes)}."));
            }

            if (!activities.ContainsKey(connection.To))
            {
                problems.Add(new($"{path}.to", $"No activity '{connection.To}' to connect to."));
                continue;
            }

            next.TryAdd(connection.From, []);
            next[connection.From].Add(connection.To);
        }

        var start = activities.FirstOrDefault(a => a.Value.Descriptor.IsStart).Key;
        if (start is null)
        {
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { start };
        var frontier = new Queue<string>([start]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var target in next.GetValueOrDefault(current) ?? [])
            {
                if (reached.Add(target))
                {
                    frontier.Enqueue(target);
                }
            }
        }

        foreach (var unreachable in activities.Keys.Where(id => !reached.Contains(id)))
        {
            var index = definition.Activities.ToList().FindIndex(a => a.Id == unreachable);
            problems.Add(new($"$.activities[{index}]", $"'{unreachable}' cannot be reached from the Start."));
        }
    }

    /// <summary>The descriptor's fixed outcomes and, for types that take them from an input, the names given there.</summary>
    private static IReadOnlyList<string> OutcomesOf(ActivityNode activity, ActivityDescriptor descriptor)
    {
        if (descriptor.OutcomesFromInput is not { } input || activity.Inputs.GetValueOrDefault(input)?.Literal is not { ValueKind: JsonValueKind.Array } items)
        {
            return descriptor.Outcomes;
        }

        var named = items.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : item.TryGetProperty("name", out var name) ? name.GetString() : null)
            .OfType<string>();
        return [.. descriptor.Outcomes, .. named];
    }

    private static bool FitsType(JsonElement literal, string? type) => type switch
    {
        null => true,
        "string" => literal.ValueKind == JsonValueKind.String,
        "number" => literal.ValueKind == JsonValueKind.Number,
        "boolean" => literal.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => literal.ValueKind == JsonValueKind.Array,
        "object" => literal.ValueKind == JsonValueKind.Object,
        _ => true,
    };

    private static string Listed(IReadOnlyList<string> outcomes) =>
        outcomes.Count == 0 ? "none" : string.Join(", ", outcomes.Select(o => $"'{o}'"));
}
