using Npgsql;

namespace Icn.Bench.Baseline;

/// <summary>
/// The whole listing in one round trip: the page of opportunities joined to their cluster and
/// region, each with its sector names aggregated in place. The WHERE clause is the product's
/// public-visibility rule (no drafts; posted by a MEMBER or SUSPENDED cluster).
/// </summary>
internal static class WebsiteListingQuery
{
    private const string Sql = """
        SELECT o.title, o.summary, upper(o.kind), o.deadline, c.name, c.slug, r.name,
               ARRAY(SELECT s.name
                     FROM opportunity_sectors os JOIN sectors s ON s.id = os.sector_id
                     WHERE os.opportunity_id = o.id
                     ORDER BY s.name)
        FROM opportunities o
        JOIN clusters c ON c.id = o.posted_by_id
        JOIN regions r ON r.id = c.region_id
        WHERE o.status = $1
          AND o.status <> 'draft'
          AND c.membership_status IN ('member', 'suspended')
        ORDER BY o.published_at DESC, o.id DESC
        LIMIT $2
        """;

    public static NpgsqlCommand Create(NpgsqlDataSource dataSource, ListingVariables variables)
    {
        var command = dataSource.CreateCommand(Sql);
        // GraphQL enum names are the stored snake_case values in upper case.
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = variables.Status.ToLowerInvariant() });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = variables.First });
        return command;
    }
}
