using GraphQL;
using GraphQL.Types;
using Icn.Domain.Obligations;
using Icn.Graph.Access;
using Icn.Graph.Engine.Authorization;
using Icn.GraphQL.Authorization;
using Icn.Graph.Engine.Data;
using Icn.GraphQL.Data;
using Icn.GraphQL.Errors;
using Icn.Graph.Engine.Relay;
using Icn.GraphQL.Relay;
using Icn.Graph.Engine.Schema;
using Icn.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace Icn.Graph.Obligations;

/// <summary><c>obligations(year, clusterId, late)</c>: which obligations member clusters meet in a year, which are due and which are late.</summary>
internal sealed class ObligationQueries : IQueryFields
{
    /// <summary>The network's records start in 2000 (as its benchmarks do); no earlier year has any.</summary>
    public const int FirstYear = 2000;

    public void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObligationStatusType>>>>("obligations")
            .Description("The obligations of member clusters in a membership year, one row per cluster and obligation, by cluster name. "
                + "Computed from the records (invoices and payments, articles, attendance, opportunities and interests, benchmarks), never stored. "
                + "The network's staff (ADMIN, SECRETARIAT, BOARD) read any cluster's, and without `clusterId` every member's (MEMBER or SUSPENDED); "
                + $"an editor reads their own cluster's only (another cluster's is FORBIDDEN). Needs {AccessPolicies.Describe(AccessPolicies.Staff)}.")
            .Argument<NonNullGraphType<IntGraphType>>("year", $"The membership year, from {FirstYear} to next year.")
            .Argument<IdGraphType>("clusterId", "One cluster's obligations (any cluster that was a member in the year); omitted: every member cluster's (an editor: their own).")
            .Argument<BooleanGraphType>("late", "true: only the late rows; false: only those not late; omitted: all.")
            .AuthorizeWithPolicy(AccessPolicies.Staff)
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                var year = context.GetArgument<int>("year");
                if (year < FirstYear || year > today.Year + 1)
                {
                    throw new UserInputError($"'year' must be between {FirstYear} and {today.Year + 1}; {year} was given.");
                }

                var asked = ClusterIdOf(context.GetArgument<string?>("clusterId"));
                var cluster = ObligationAccess.ClusterToRead(services.GetRequiredService<Viewer>(), asked);
                var records = await context.QueryAsync((db, _, cancellationToken) => ObligationRecords.LoadAsync(db, ObligationScope.Clusters(db, cluster, year), year, cancellationToken));
                var rules = new ObligationRules(services.GetRequiredService<IOptions<ObligationOptions>>().Value, today);
                var late = context.GetArgument<bool?>("late");
                return rules.Evaluate(records, year).Where(s => late is null || s.Late == late).ToList();
            });

    private static Guid? ClusterIdOf(string? value) =>
        value is null ? null
        : GlobalId.TryDecode(value, out var id) && id.TypeName == "Cluster" ? id.Key
        : throw new UserInputError($"Argument 'clusterId' is not the id of a Cluster: \"{(value.Length <= 40 ? value : value[..40] + "…")}\".");
}
