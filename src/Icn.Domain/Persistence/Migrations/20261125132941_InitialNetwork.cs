using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Icn.Domain.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.id);
                    table.CheckConstraint("ck_regions_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                });

            migrationBuilder.CreateTable(
                name: "sectors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sectors", x => x.id);
                    table.CheckConstraint("ck_sectors_not_own_parent", "parent_id IS NULL OR parent_id <> id");
                    table.CheckConstraint("ck_sectors_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.ForeignKey(
                        name: "fk_sectors_sectors_parent_id",
                        column: x => x.parent_id,
                        principalTable: "sectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "clusters",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: false),
                    city = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    logo_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    founded_year = table.Column<int>(type: "integer", nullable: true),
                    member_count = table.Column<int>(type: "integer", nullable: false),
                    helix_companies = table.Column<int>(type: "integer", nullable: false),
                    helix_research_institutions = table.Column<int>(type: "integer", nullable: false),
                    helix_public_authorities = table.Column<int>(type: "integer", nullable: false),
                    international_strategy = table.Column<string>(type: "text", nullable: true),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    contact_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    membership_status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    membership_since = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clusters", x => x.id);
                    table.CheckConstraint("ck_clusters_country_code", "country_code ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_clusters_founded_year", "founded_year IS NULL OR founded_year BETWEEN 1800 AND 2200");
                    table.CheckConstraint("ck_clusters_helix", "helix_companies >= 0 AND helix_research_institutions >= 0 AND helix_public_authorities >= 0");
                    table.CheckConstraint("ck_clusters_member_count", "member_count >= 0");
                    table.CheckConstraint("ck_clusters_membership_since", "membership_status = 'applicant' OR membership_since IS NOT NULL");
                    table.CheckConstraint("ck_clusters_membership_status", "membership_status IN ('applicant', 'member', 'suspended', 'former')");
                    table.CheckConstraint("ck_clusters_name", "btrim(name) <> ''");
                    table.CheckConstraint("ck_clusters_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.ForeignKey(
                        name: "fk_clusters_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_articles", x => x.id);
                    table.CheckConstraint("ck_articles_kind", "kind IN ('news', 'best_practice', 'guide', 'benchmark_report')");
                    table.CheckConstraint("ck_articles_published_at", "status = 'draft' OR published_at IS NOT NULL");
                    table.CheckConstraint("ck_articles_slug", "slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'");
                    table.CheckConstraint("ck_articles_status", "status IN ('draft', 'published')");
                    table.CheckConstraint("ck_articles_title", "btrim(title) <> ''");
                    table.ForeignKey(
                        name: "fk_articles_clusters_author_id",
                        column: x => x.author_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "benchmarks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    member_count = table.Column<int>(type: "integer", nullable: false),
                    turnover_band = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    international_projects = table.Column<int>(type: "integer", nullable: false),
                    events_attended = table.Column<int>(type: "integer", nullable: false),
                    staff_full_time_equivalents = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benchmarks", x => x.id);
                    table.CheckConstraint("ck_benchmarks_figures", "member_count >= 0 AND international_projects >= 0 AND events_attended >= 0 AND staff_full_time_equivalents >= 0");
                    table.CheckConstraint("ck_benchmarks_turnover_band", "turnover_band IN ('under_one_million', 'one_to_five_million', 'five_to_twenty_million', 'over_twenty_million')");
                    table.CheckConstraint("ck_benchmarks_year", "year BETWEEN 2000 AND 2200");
                    table.ForeignKey(
                        name: "fk_benchmarks_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cluster_sectors",
                columns: table => new
                {
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sector_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cluster_sectors", x => new { x.cluster_id, x.sector_id });
                    table.ForeignKey(
                        name: "fk_cluster_sectors_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_cluster_sectors_sectors_sector_id",
                        column: x => x.sector_id,
                        principalTable: "sectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    host_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    starts_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    online_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    capacity = table.Column<int>(type: "integer", nullable: true),
                    cancelled_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.CheckConstraint("ck_events_capacity", "capacity IS NULL OR capacity > 0");
                    table.CheckConstraint("ck_events_ends_after_start", "ends_at >= starts_at");
                    table.CheckConstraint("ck_events_kind", "kind IN ('matchmaking', 'webinar', 'delegation', 'conference', 'board_meeting')");
                    table.CheckConstraint("ck_events_time_zone", "btrim(time_zone) <> ''");
                    table.CheckConstraint("ck_events_title", "btrim(title) <> ''");
                    table.ForeignKey(
                        name: "fk_events_clusters_host_id",
                        column: x => x.host_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fee_invoices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    amount_amount_minor = table.Column<long>(type: "bigint", nullable: false),
                    amount_currency = table.Column<string>(type: "character(3)", fixedLength: true, maxLength: 3, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    paid_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    payment_reference = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fee_invoices", x => x.id);
                    table.CheckConstraint("ck_fee_invoices_amount", "amount_amount_minor >= 0");
                    table.CheckConstraint("ck_fee_invoices_currency", "amount_currency ~ '^[A-Z]{3}$'");
                    table.CheckConstraint("ck_fee_invoices_due", "due_on >= issued_on");
                    table.CheckConstraint("ck_fee_invoices_year", "year BETWEEN 2000 AND 2200");
                    table.ForeignKey(
                        name: "fk_fee_invoices_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    country_code = table.Column<string>(type: "character(2)", fixedLength: true, maxLength: 2, nullable: true),
                    website = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    description = table.Column<string>(type: "text", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_members", x => x.id);
                    table.CheckConstraint("ck_members_country_code", "country_code IS NULL OR country_code ~ '^[A-Z]{2}$'");
                    table.CheckConstraint("ck_members_kind", "kind IN ('company', 'research_institution', 'public_authority', 'other')");
                    table.CheckConstraint("ck_members_name", "btrim(name) <> ''");
                    table.ForeignKey(
                        name: "fk_members_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opportunities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    posted_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opportunities", x => x.id);
                    table.CheckConstraint("ck_opportunities_closed_at", "status <> 'closed' OR closed_at IS NOT NULL");
                    table.CheckConstraint("ck_opportunities_kind", "kind IN ('buyer_request', 'supplier_search', 'research_partnership', 'investment', 'tender', 'inter_cluster_project', 'funding_call')");
                    table.CheckConstraint("ck_opportunities_published_at", "status = 'draft' OR published_at IS NOT NULL");
                    table.CheckConstraint("ck_opportunities_status", "status IN ('draft', 'published', 'closed')");
                    table.CheckConstraint("ck_opportunities_title", "btrim(title) <> ''");
                    table.ForeignKey(
                        name: "fk_opportunities_clusters_posted_by_id",
                        column: x => x.posted_by_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "article_sectors",
                columns: table => new
                {
                    article_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sector_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_article_sectors", x => new { x.article_id, x.sector_id });
                    table.ForeignKey(
                        name: "fk_article_sectors_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_article_sectors_sectors_sector_id",
                        column: x => x.sector_id,
                        principalTable: "sectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "event_registrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participants = table.Column<List<string>>(type: "text[]", nullable: false),
                    attended_count = table.Column<int>(type: "integer", nullable: true),
                    attendance_recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_registrations", x => x.id);
                    table.CheckConstraint("ck_event_registrations_attended", "attended_count IS NULL OR (attended_count >= 0 AND attended_count <= cardinality(participants))");
                    table.CheckConstraint("ck_event_registrations_participants", "cardinality(participants) > 0");
                    table.ForeignKey(
                        name: "fk_event_registrations_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_registrations_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_sectors",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sector_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_sectors", x => new { x.event_id, x.sector_id });
                    table.ForeignKey(
                        name: "fk_event_sectors_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_event_sectors_sectors_sector_id",
                        column: x => x.sector_id,
                        principalTable: "sectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "member_sectors",
                columns: table => new
                {
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sector_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_member_sectors", x => new { x.member_id, x.sector_id });
                    table.ForeignKey(
                        name: "fk_member_sectors_members_member_id",
                        column: x => x.member_id,
                        principalTable: "members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_member_sectors_sectors_sector_id",
                        column: x => x.sector_id,
                        principalTable: "sectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "opportunity_interests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    withdrawn_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opportunity_interests", x => x.id);
                    table.ForeignKey(
                        name: "fk_opportunity_interests_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_opportunity_interests_opportunities_opportunity_id",
                        column: x => x.opportunity_id,
                        principalTable: "opportunities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opportunity_sectors",
                columns: table => new
                {
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sector_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opportunity_sectors", x => new { x.opportunity_id, x.sector_id });
                    table.ForeignKey(
                        name: "fk_opportunity_sectors_opportunities_opportunity_id",
                        column: x => x.opportunity_id,
                        principalTable: "opportunities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_opportunity_sectors_sectors_sector_id",
                        column: x => x.sector_id,
                        principalTable: "sectors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "opportunity_target_regions",
                columns: table => new
                {
                    opportunity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opportunity_target_regions", x => new { x.opportunity_id, x.region_id });
                    table.ForeignKey(
                        name: "fk_opportunity_target_regions_opportunities_opportunity_id",
                        column: x => x.opportunity_id,
                        principalTable: "opportunities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_opportunity_target_regions_regions_region_id",
                        column: x => x.region_id,
                        principalTable: "regions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_article_sectors_sector_id",
                table: "article_sectors",
                column: "sector_id");

            migrationBuilder.CreateIndex(
                name: "ix_articles_author_id_published_at",
                table: "articles",
                columns: new[] { "author_id", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_articles_slug",
                table: "articles",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_status_published_at_id",
                table: "articles",
                columns: new[] { "status", "published_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_benchmarks_cluster_id_year",
                table: "benchmarks",
                columns: new[] { "cluster_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cluster_sectors_sector_id",
                table: "cluster_sectors",
                column: "sector_id");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_membership_status",
                table: "clusters",
                column: "membership_status");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_name",
                table: "clusters",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_region_id",
                table: "clusters",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_slug",
                table: "clusters",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_registrations_cluster_id",
                table: "event_registrations",
                column: "cluster_id");

            migrationBuilder.CreateIndex(
                name: "ix_event_registrations_event_id_cluster_id",
                table: "event_registrations",
                columns: new[] { "event_id", "cluster_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_sectors_sector_id",
                table: "event_sectors",
                column: "sector_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_host_id_starts_at",
                table: "events",
                columns: new[] { "host_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_events_starts_at_id",
                table: "events",
                columns: new[] { "starts_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_fee_invoices_cluster_id_year",
                table: "fee_invoices",
                columns: new[] { "cluster_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_member_sectors_sector_id",
                table: "member_sectors",
                column: "sector_id");

            migrationBuilder.CreateIndex(
                name: "ix_members_cluster_id_name",
                table: "members",
                columns: new[] { "cluster_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_members_name",
                table: "members",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_deadline",
                table: "opportunities",
                column: "deadline");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_posted_by_id_published_at",
                table: "opportunities",
                columns: new[] { "posted_by_id", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_status_published_at_id",
                table: "opportunities",
                columns: new[] { "status", "published_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_opportunity_interests_cluster_id",
                table: "opportunity_interests",
                column: "cluster_id");

            migrationBuilder.CreateIndex(
                name: "ix_opportunity_interests_opportunity_id_cluster_id",
                table: "opportunity_interests",
                columns: new[] { "opportunity_id", "cluster_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_opportunity_sectors_sector_id",
                table: "opportunity_sectors",
                column: "sector_id");

            migrationBuilder.CreateIndex(
                name: "ix_opportunity_target_regions_region_id",
                table: "opportunity_target_regions",
                column: "region_id");

            migrationBuilder.CreateIndex(
                name: "ix_regions_slug",
                table: "regions",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sectors_parent_id",
                table: "sectors",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_sectors_slug",
                table: "sectors",
                column: "slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "article_sectors");

            migrationBuilder.DropTable(
                name: "benchmarks");

            migrationBuilder.DropTable(
                name: "cluster_sectors");

            migrationBuilder.DropTable(
                name: "event_registrations");

            migrationBuilder.DropTable(
                name: "event_sectors");

            migrationBuilder.DropTable(
                name: "fee_invoices");

            migrationBuilder.DropTable(
                name: "member_sectors");

            migrationBuilder.DropTable(
                name: "opportunity_interests");

            migrationBuilder.DropTable(
                name: "opportunity_sectors");

            migrationBuilder.DropTable(
                name: "opportunity_target_regions");

            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "members");

            migrationBuilder.DropTable(
                name: "sectors");

            migrationBuilder.DropTable(
                name: "opportunities");

            migrationBuilder.DropTable(
                name: "clusters");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
