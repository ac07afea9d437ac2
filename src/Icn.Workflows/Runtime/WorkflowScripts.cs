using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;

namespace Icn.Workflows.Runtime;

/// <summary>
/// Evaluates the JavaScript expressions of definitions with Jint, one fresh engine per evaluation
/// (nothing leaks between instances), under <see cref="ScriptLimits"/>. Values go in and come out
/// as JSON, so a script sees plain data and never a .NET object. Its clock is the runtime's.
/// </summary>
public sealed class WorkflowScripts(ScriptLimits limits, TimeProvider time)
{
    private readonly ScriptClock clock = new(time);

    /// <summary>The expression's value as JSON (null for null or undefined).</summary>
    public JsonNode? Evaluate(string expression, IReadOnlyDictionary<string, JsonNode?> globals, string where)
    {
        var engine = new Engine(options =>
        {
            options.TimeSystem = clock;
            options.TimeoutInterval(limits.Timeout)
                .LimitMemory(limits.MemoryBytes)
                .MaxStatements(limits.Statements)
                .LimitRecursion(limits.RecursionDepth)
                .Strict()
                .LocalTimeZone(TimeZoneInfo.Utc);
        });
        try
        {
            var parser = new JsonParser(engine);
            foreach (var (name, value) in globals)
            {
                engine.SetValue(name, value is null ? JsValue.Null : parser.Parse(value.ToJsonString()));
            }

            var result = engine.Evaluate(expression);
            if (result.IsUndefined() || result.IsNull())
            {
                return null;
            }

            var json = new JsonSerializer(engine).Serialize(result);
            return json.IsUndefined() ? null : JsonNode.Parse(json.AsString());
        }
        catch (TimeoutException)
        {
            throw new WorkflowFault($"{where}: the expression ran longer than {limits.Timeout.TotalMilliseconds:0} ms.");
        }
        catch (MemoryLimitExceededException)
        {
            throw new WorkflowFault($"{where}: the expression used more than {limits.MemoryBytes / 1024} KiB.");
        }
        catch (StatementsCountOverflowException)
        {
            throw new WorkflowFault($"{where}: the expression ran more than {limits.Statements} statements.");
        }
        catch (RecursionDepthOverflowException)
        {
            throw new WorkflowFault($"{where}: the expression recursed deeper than {limits.RecursionDepth} calls.");
        }
        catch (JavaScriptException error)
        {
            var kind = error.Error.IsObject() ? error.Error.AsObject().Get("name").ToString() : "Error";
            throw new WorkflowFault($"{where}: {kind}: {error.Message}");
        }
        catch (Exception error) when (error is JintException or Acornima.ParseErrorException)
        {
            throw new WorkflowFault($"{where}: {error.Message}", error);
        }
    }

    /// <summary>The expression as a condition: JavaScript truthiness of its value.</summary>
    public bool IsTrue(string expression, IReadOnlyDictionary<string, JsonNode?> globals, string where) =>
        Truthiness.Of(Evaluate(expression, globals, where));
}
