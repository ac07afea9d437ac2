using Npgsql;

namespace Icn.Domain.Tests.Persistence;

/// <summary>The rules live in the database too: a row written by another tool or by hand cannot break them.</summary>
public sealed class DatabaseRuleTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const string Region = "INSERT INTO regions (id, slug, name, version) VALUES ('00000000-0000-7000-8000-000000000001', 'nordics', 'Nordics', 1);";

    private const string Cluster = Region + """
        INSERT INTO clusters (id, slug, name, description, region_id, country_code, member_count,
          helix_companies, helix_research_institutions, helix_public_authorities, membership_status, membership_since, version)
        VALUES ('00000000-0000-7000-8000-000000000002', 'aarhus-cleantech', 'Aarhus Cleantech', 'A cluster.',
          '00000000-0000-7000-8000-000000000001', 'DK', 10, 5, 3, 2, 'member', '2020-01-01', 1);
        """;

    [Theory]
    [InlineData("unique slugs", Region + "INSERT INTO regions (id, slug, name, version) VALUES ('00000000-0000-7000-8000-000000000009', 'nordics', 'Again', 1);", PostgresErrorCodes.UniqueViolation)]
    [InlineData("slug shape", "INSERT INTO regions (id, slug, name, version) VALUES ('00000000-0000-7000-8000-000000000009', 'Not A Slug', 'X', 1);", PostgresErrorCodes.CheckViolation)]
    [InlineData("country code", Region + "INSERT INTO clusters (id, slug, name, description, region_id, country_code, member_count, helix_companies, helix_research_institutions, helix_public_authorities, membership_status, version) VALUES ('00000000-0000-7000-8000-000000000003', 'x', 'X', 'X', '00000000-0000-7000-8000-000000000001', 'dk', 1, 0, 0, 0, 'applicant', 1);", PostgresErrorCodes.CheckViolation)]
    [InlineData("enum values", Cluster + "UPDATE clusters SET membership_status = 'honorary';", PostgresErrorCodes.CheckViolation)]
    [InlineData("member since", Cluster + "UPDATE clusters SET membership_since = NULL;", PostgresErrorCodes.CheckViolation)]
    [InlineData("foreign keys", "INSERT INTO members (id, cluster_id, name, kind, version) VALUES ('00000000-0000-7000-8000-000000000004', '00000000-0000-7000-8000-00000000dead', 'X', 'company', 1);", PostgresErrorCodes.ForeignKeyViolation)]
    [InlineData("event ends after it starts", Cluster + "INSERT INTO events (id, host_id, kind, title, description, starts_at, ends_at, time_zone, version) VALUES ('00000000-0000-7000-8000-000000000005', '00000000-0000-7000-8000-000000000002', 'webinar', 'X', 'X', '2026-05-02T10:00Z', '2026-05-02T09:00Z', 'Europe/Copenhagen', 1);", PostgresErrorCodes.CheckViolation)]
    [InlineData("published needs a date", Cluster + "INSERT INTO opportunities (id, posted_by_id, kind, status, title, summary, body, version) VALUES ('00000000-0000-7000-8000-000000000006', '00000000-0000-7000-8000-000000000002', 'tender', 'published', 'X', 'X', 'X', 1);", PostgresErrorCodes.CheckViolation)]
    public async Task A_row_that_breaks_a_rule_is_refused(string rule, string sql, string sqlState)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(sql, connection, transaction);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.True(error.SqlState == sqlState, $"{rule}: expected SQLSTATE {sqlState}, got {error.SqlState} ({error.MessageText})");
    }
}
