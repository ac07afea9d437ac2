using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Icn.Domain.Persistence.Migrations
{
    /// <summary>
    /// The columns' limits become the ones the API has always enforced: a cluster's description and
    /// international strategy and a member's description at most 5000 characters (Cluster.DescriptionLength,
    /// Cluster.StrategyLength, Member.DescriptionLength), a member base count and each triple-helix
    /// count at most 1,000,000 (Cluster.MaxCount). Nothing written through the API is longer or larger;
    /// a row written by hand that is stops this migration with PostgreSQL's error instead of being cut.
    /// PostgreSQL does not change the type of a column a generated column reads, so each table's search
    /// vector is made again around the change.
    /// </summary>
    public partial class ClusterAndMemberTextsAtTheApiLimit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_clusters_helix",
                table: "clusters");

            migrationBuilder.DropCheckConstraint(
                name: "ck_clusters_member_count",
                table: "clusters");

            DropSearchVectors(migrationBuilder);
            migrationBuilder.AlterColumn<string>(
                name: "description",
                table: "members",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "international_strategy",
                table: "clusters",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "description",
                table: "clusters",
                type: "character varying(5000)",
                maxLength: 5000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");
            AddSearchVectors(migrationBuilder);

            migrationBuilder.AddCheckConstraint(
                name: "ck_clusters_helix",
                table: "clusters",
                sql: "helix_companies BETWEEN 0 AND 1000000 AND helix_research_institutions BETWEEN 0 AND 1000000 AND helix_public_authorities BETWEEN 0 AND 1000000");

            migrationBuilder.AddCheckConstraint(
                name: "ck_clusters_member_count",
                table: "clusters",
                sql: "member_count BETWEEN 0 AND 1000000");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_clusters_helix",
                table: "clusters");

            migrationBuilder.DropCheckConstraint(
                name: "ck_clusters_member_count",
                table: "clusters");

            DropSearchVectors(migrationBuilder);
            migrationBuilder.AlterColumn<string>(
                name: "description",
                table: "members",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(5000)",
                oldMaxLength: 5000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "international_strategy",
                table: "clusters",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(5000)",
                oldMaxLength: 5000,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "description",
                table: "clusters",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(5000)",
                oldMaxLength: 5000);
            AddSearchVectors(migrationBuilder);

            migrationBuilder.AddCheckConstraint(
                name: "ck_clusters_helix",
                table: "clusters",
                sql: "helix_companies >= 0 AND helix_research_institutions >= 0 AND helix_public_authorities >= 0");

            migrationBuilder.AddCheckConstraint(
                name: "ck_clusters_member_count",
                table: "clusters",
                sql: "member_count >= 0");
        }

        private static void DropSearchVectors(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "clusters", "members" })
            {
                migrationBuilder.DropIndex(name: $"ix_{table}_search_vector", table: table);
                migrationBuilder.DropColumn(name: "search_vector", table: table);
            }
        }

        private static void AddSearchVectors(MigrationBuilder migrationBuilder)
        {
            AddSearchVector(migrationBuilder, "clusters", "setweight(to_tsvector('english', coalesce(name, '')), 'A') || setweight(to_tsvector('english', coalesce(city, '')), 'B') || setweight(to_tsvector('english', coalesce(description, '')), 'B') || setweight(to_tsvector('english', coalesce(international_strategy, '')), 'C')");
            AddSearchVector(migrationBuilder, "members", "setweight(to_tsvector('english', coalesce(name, '')), 'A') || setweight(to_tsvector('english', coalesce(description, '')), 'B')");
        }

        private static void AddSearchVector(MigrationBuilder migrationBuilder, string table, string sql)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(name: "search_vector", table: table, type: "tsvector", nullable: true, computedColumnSql: sql, stored: true);
            migrationBuilder.CreateIndex(name: $"ix_{table}_search_vector", table: table, column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }
    }
}
