using GraphQL;
using GraphQL.DI;

namespace Icn.GraphQL.Limits;

/// <summary>
/// Refuses variables (and extensions) over the value limits before anything else looks at them:
/// before the document cache, parsing, the validation rules' walks and GraphQL.NET's coercion, and
/// so before a filter of twenty thousand conditions could become an expression. They come with
/// every request, cached document or not, so every request is measured.
/// </summary>
internal sealed class VariableValueLimit(GraphQLLimitsOptions limits) : IConfigureExecution
{
    /// <summary>First of all (the request's loaders come at 50, authorization at 100): nothing is worth doing for a refused request.</summary>
    public float SortOrder => 40;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var budget = new ValueBudget(limits);
        if (!Admits(budget, options.Variables, "$") || !Admits(budget, options.Extensions, "extensions."))
        {
            return Task.FromResult(new ExecutionResult { Executed = false, Errors = [new ValueTooLargeError(budget.Problem!)] });
        }

        return next(options);
    }

    private static bool Admits(ValueBudget budget, Inputs? values, string prefix)
    {
        foreach (var (name, value) in values ?? Inputs.Empty)
        {
            if (!budget.Admits(prefix + name, value))
            {
                return false;
            }
        }

        return true;
    }
}
