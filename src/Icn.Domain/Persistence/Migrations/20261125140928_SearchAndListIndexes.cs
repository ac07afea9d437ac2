using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Icn.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchAndListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_opportunities_deadline",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_posted_by_id_published_at",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_members_cluster_id_name",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_name",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_events_host_id_starts_at",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_clusters_name",
                table: "clusters");

            migrationBuilder.DropIndex(
                name: "ix_articles_author_id_published_at",
                table: "articles");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "opportunities",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "members",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english', coalesce(name, '')), 'A') || setweight(to_tsvector('english', coalesce(description, '')), 'B')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "events",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(location, '')), 'B') || setweight(to_tsvector('english', coalesce(description, '')), 'B')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "clusters",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english', coalesce(name, '')), 'A') || setweight(to_tsvector('english', coalesce(city, '')), 'B') || setweight(to_tsvector('english', coalesce(description, '')), 'B') || setweight(to_tsvector('english', coalesce(international_strategy, '')), 'C')",
                stored: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B') || setweight(to_tsvector('english', coalesce(body, '')), 'C')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_deadline_id",
                table: "opportunities",
                columns: new[] { "deadline", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_kind",
                table: "opportunities",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_posted_by_id_published_at_id",
                table: "opportunities",
                columns: new[] { "posted_by_id", "published_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_published_at_id",
                table: "opportunities",
                columns: new[] { "published_at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_search_vector",
                table: "opportunities",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_title_id",
                table: "opportunities",
                columns: new[] { "title", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_title_trgm",
                table: "opportunities",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_members_cluster_id_name_id",
                table: "members",
                columns: new[] { "cluster_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_members_kind",
                table: "members",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_members_name_id",
                table: "members",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_members_name_trgm",
                table: "members",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_members_search_vector",
                table: "members",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_host_id_starts_at_id",
                table: "events",
                columns: new[] { "host_id", "starts_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_events_kind",
                table: "events",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_events_search_vector",
                table: "events",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_events_title_trgm",
                table: "events",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_clusters_name_id",
                table: "clusters",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_clusters_name_trgm",
                table: "clusters",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_clusters_search_vector",
                table: "clusters",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_articles_author_id_published_at_id",
                table: "articles",
                columns: new[] { "author_id", "published_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_articles_kind",
                table: "articles",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_articles_published_at_id",
                table: "articles",
                columns: new[] { "published_at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_articles_search_vector",
                table: "articles",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_articles_title_id",
                table: "articles",
                columns: new[] { "title", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_title_trgm",
                table: "articles",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_opportunities_deadline_id",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_kind",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_posted_by_id_published_at_id",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_published_at_id",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_search_vector",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_title_id",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_title_trgm",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_members_cluster_id_name_id",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_kind",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_name_id",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_name_trgm",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_members_search_vector",
                table: "members");

            migrationBuilder.DropIndex(
                name: "ix_events_host_id_starts_at_id",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_kind",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_search_vector",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_events_title_trgm",
                table: "events");

            migrationBuilder.DropIndex(
                name: "ix_clusters_name_id",
                table: "clusters");

            migrationBuilder.DropIndex(
                name: "ix_clusters_name_trgm",
                table: "clusters");

            migrationBuilder.DropIndex(
                name: "ix_clusters_search_vector",
                table: "clusters");

            migrationBuilder.DropIndex(
                name: "ix_articles_author_id_published_at_id",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_kind",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_published_at_id",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_search_vector",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_title_id",
                table: "articles");

            migrationBuilder.DropIndex(
                name: "ix_articles_title_trgm",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "opportunities");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "members");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "events");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "clusters");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "articles");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_deadline",
                table: "opportunities",
                column: "deadline");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_posted_by_id_published_at",
                table: "opportunities",
                columns: new[] { "posted_by_id", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_members_cluster_id_name",
                table: "members",
                columns: new[] { "cluster_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_members_name",
                table: "members",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_events_host_id_starts_at",
                table: "events",
                columns: new[] { "host_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_clusters_name",
                table: "clusters",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_articles_author_id_published_at",
                table: "articles",
                columns: new[] { "author_id", "published_at" });
        }
    }
}
