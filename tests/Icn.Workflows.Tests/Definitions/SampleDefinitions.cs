namespace Icn.Workflows.Tests.Definitions;

/// <summary>A small valid definition as the designer would save it, for tests to break one piece at a time.</summary>
internal static class SampleDefinitions
{
    public const string Review = """
        {
          "definitionId": "document-review",
          "version": 1,
          "name": "Document review",
          "variables": [ { "name": "approved", "type": "boolean", "default": false } ],
          "activities": [
            { "id": "start", "type": "Start", "position": { "x": 0, "y": 0 } },
            { "id": "review", "type": "HumanTask", "inputs": {
                "title": { "literal": "Review the document" },
                "assignment": { "literal": "role" },
                "role": { "literal": "SECRETARIAT" },
                "outcomes": { "literal": ["approve", "reject"] } } },
            { "id": "remember", "type": "SetVariable", "inputs": {
                "variable": { "literal": "approved" }, "value": { "expression": "input.outcome === 'approve'" } } },
            { "id": "route", "type": "Switch", "inputs": {
                "cases": { "literal": [ { "name": "yes", "condition": "variables.approved" } ] } } },
            { "id": "tell", "type": "Notify", "inputs": {
                "to": { "literal": "SECRETARIAT" }, "subject": { "literal": "Approved" }, "body": { "expression": "'Approved at ' + new Date().toISOString()" } } },
            { "id": "end", "type": "End" }
          ],
          "connections": [
            { "from": "start", "outcome": "done", "to": "review" },
            { "from": "review", "outcome": "approve", "to": "remember" },
            { "from": "review", "outcome": "reject", "to": "end" },
            { "from": "remember", "outcome": "done", "to": "route" },
            { "from": "route", "outcome": "yes", "to": "tell" },
            { "from": "route", "outcome": "default", "to": "end" },
            { "from": "tell", "outcome": "done", "to": "end" }
          ]
        }
        """;
}
