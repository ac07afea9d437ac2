using GraphQL.Types;
using Icn.Domain.Obligations;
using Icn.Graph.Access;
using Icn.Graph.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Icn.Graph.Obligations;

/// <summary>
/// Submitting a cluster's yearly benchmark: an editor for their own cluster, the Secretariat and
/// admins for any. There is one per cluster and year; submitting the year again replaces its
/// figures (the audit log keeps the earlier ones).
/// </summary>
internal sealed class BenchmarkMutations : IMutationFields
{
    /// <summary>The network's benchmarks start in 2000; no earlier year is comparable.</summary>
    private const int FirstYear = 2000;
    private const int MaxMembers = 1_000_000;
    private const int MaxFigure = 100_000;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation("submitBenchmark", "Submits a cluster's benchmark figures for a year. There is one benchmark per cluster and year: submitting a year again replaces that year's figures.")
            .Input(input =>
            {
                input.Field<NonNullGraphType<IdGraphType>>("clusterId").Description("The cluster assessed (an editor's own).");
                input.Field<NonNullGraphType<IntGraphType>>("year").Description($"The year the figures describe: not in the future, and not before {FirstYear} or the cluster's founding year.");
                input.Field<NonNullGraphType<IntGraphType>>("memberCount").Description("The size of the cluster's member base in that year (zero or more).");
                input.Field<NonNullGraphType<TurnoverBandGraphType>>("turnoverBand").Description("The cluster organisation's turnover in that year, as a band.");
                input.Field<NonNullGraphType<IntGraphType>>("internationalProjects").Description("International projects the cluster took part in that year (zero or more).");
                input.Field<NonNullGraphType<IntGraphType>>("eventsAttended").Description("ICN events the cluster attended that year (zero or more).");
                input.Field<NonNullGraphType<IntGraphType>>("staffFullTimeEquivalents").Description("The cluster organisation's staff, in full-time equivalents (zero or more).");
            })
            .Returns<BenchmarkType>("benchmark", "The cluster's benchmark of that year, as submitted.")
            .Authorize(AccessPolicies.ClusterWriters)
            .Resolve(SubmitAsync);
    }

    private static async Task<Payload> SubmitAsync(MutationInput input, MutationContext mutation)
    {
        var clusterId = input.Id("clusterId", "Cluster");
        var year = input.Number("year", FirstYear, mutation.Today.Year);
        var memberCount = input.Number("memberCount", 0, MaxMembers);
        var internationalProjects = input.Number("internationalProjects", 0, MaxFigure);
        var eventsAttended = input.Number("eventsAttended", 0, MaxFigure);
        var staff = input.Number("staffFullTimeEquivalents", 0, MaxFigure);
        if (clusterId is not { } cluster)
        {
            return Payload.Failed(input.Errors);
        }

        if (mutation.RequireActingFor(cluster, input.PathOf("clusterId"), "benchmarks") is { } forbidden)
        {
            return Payload.Failed(forbidden);
        }

        var foundedYear = await mutation.Db.Clusters.Where(c => c.Id == cluster)
            .Select(c => new { c.FoundedYear })
            .FirstOrDefaultAsync(mutation.CancellationToken);
        if (foundedYear is null)
        {
            return Payload.Failed(new NotFoundUserError("No cluster has this id.", input.PathOf("clusterId")));
        }

        if (year < foundedYear.FoundedYear)
        {
            input.Invalid("year", $"'year' is {year}, before the cluster was founded ({foundedYear.FoundedYear}).");
        }

        if (!input.IsValid)
        {
            return Payload.Failed(input.Errors);
        }

        var benchmark = await mutation.Db.Benchmarks.FirstOrDefaultAsync(b => b.ClusterId == cluster && b.Year == year, mutation.CancellationToken);
        if (benchmark is null)
        {
            benchmark = new Benchmark { ClusterId = cluster, Year = year!.Value };
            mutation.Db.Benchmarks.Add(benchmark);
        }

        benchmark.MemberCount = memberCount!.Value;
        benchmark.TurnoverBand = input.Required<TurnoverBand>("turnoverBand");
        benchmark.InternationalProjects = internationalProjects!.Value;
        benchmark.EventsAttended = eventsAttended!.Value;
        benchmark.StaffFullTimeEquivalents = staff!.Value;
        benchmark.SubmittedAt = mutation.Now;
        return await mutation.SaveAsync(benchmark);
    }
}
