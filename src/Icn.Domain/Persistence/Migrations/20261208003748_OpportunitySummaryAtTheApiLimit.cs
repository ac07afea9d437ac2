using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Icn.Domain.Persistence.Migrations
{
    /// <summary>
    /// The column's limit becomes the one the API has always enforced (500, Opportunity.SummaryLength).
    /// No summary written through the API is longer; a longer one written by hand stops this
    /// migration with PostgreSQL's "value too long" instead of being cut. PostgreSQL does not change
    /// the type of a column a generated column reads, so the search vector is made again around it.
    /// </summary>
    public partial class OpportunitySummaryAtTheApiLimit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            DropSearchVector(migrationBuilder);
            migrationBuilder.AlterColumn<string>(
                name: "summary",
                table: "opportunities",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000);
            AddSearchVector(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DropSearchVector(migrationBuilder);
            migrationBuilder.AlterColumn<string>(
                name: "summary",
                table: "opportunities",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500);
            AddSearchVector(migrationBuilder);
        }

        private static void DropSearchVector(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "ix_opportunities_search_vector", table: "opportunities");
            migrationBuilder.DropColumn(name: "search_vector", table: "opportunities");
        }

        private static void AddSearchVector(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "opportunities",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')",
                stored: true);
            migrationBuilder.CreateIndex(name: "ix_opportunities_search_vector", table: "opportunities", column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }
    }
}
