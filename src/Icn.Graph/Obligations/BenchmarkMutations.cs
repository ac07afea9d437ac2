using GraphQL.Types;
using Icn.Domain.Obligations;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Obligations;

/// <summary>
/// Submitting a cluster's yearly benchmark: an editor for their own cluster, the Secretariat and
/// admins for any. There is one per cluster and year; submitting the year again replaces its
/// figures (the audit log keeps the earlier ones). The input is in BenchmarkInputs.cs.
/// </summary>
internal sealed class BenchmarkMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<SubmitBenchmarkInput>("submitBenchmark", "Submits a cluster's benchmark figures for a year. There is one benchmark per cluster and year: submitting a year again replaces that year's figures.")
            .Returns<BenchmarkType>("benchmark", "The cluster's benchmark of that year, as submitted.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(SubmitAsync);
    }

    private static async Task<Payload> SubmitAsync(SubmitBenchmarkInput input, MutationContext mutation)
    {
        if (mutation.Failed(nameof(input.ClusterId)))
        {
            return mutation.Failure;
        }

        var clusterPath = mutation.PathOf(nameof(input.ClusterId));
        if (mutation.RequireActingFor(input.ClusterId, clusterPath, "benchmarks") is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        var cluster = await mutation.Db.Clusters.Where(c => c.Id == input.ClusterId)
            .Select(c => new { c.FoundedYear })
            .FirstOrDefaultAsync(mutation.CancellationToken);
        if (cluster is null)
        {
            return Payload.Failed(new NotFoundUserError("No cluster has this id.", clusterPath));
        }

        // A year that failed its own rule is not compared with the founding year.
        if (!mutation.Failed(nameof(input.Year)) && Benchmark.CheckYear(input.Year, cluster.FoundedYear) is { } beforeFounding)
        {
            mutation.Reject(beforeFounding, nameof(input.Year));
        }

        if (!mutation.InputIsValid)
        {
            return mutation.Failure;
        }

        var benchmark = await mutation.Db.Benchmarks.FirstOrDefaultAsync(b => b.ClusterId == input.ClusterId && b.Year == input.Year, mutation.CancellationToken);
        if (benchmark is null)
        {
            benchmark = new Benchmark { ClusterId = input.ClusterId, Year = input.Year };
            mutation.Db.Benchmarks.Add(benchmark);
        }

        input.ApplyTo(benchmark, mutation.Now);
        return await mutation.SaveAsync(benchmark);
    }
}
