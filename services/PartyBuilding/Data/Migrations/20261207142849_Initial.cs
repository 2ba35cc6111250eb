using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.PartyBuilding.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    path = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    retired = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.code);
                    table.ForeignKey(
                        name: "fk_regions_regions_parent_code",
                        column: x => x.parent_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "community_facilities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    designated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    designated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_community_facilities", x => x.id);
                    table.ForeignKey(
                        name: "fk_community_facilities_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "compounds",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    pilot = table.Column<bool>(type: "boolean", nullable: false),
                    property_company = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    committee = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compounds", x => x.code);
                    table.ForeignKey(
                        name: "fk_compounds_regions_code",
                        column: x => x.code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "governance_centres",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    region_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    demonstration = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_governance_centres", x => x.id);
                    table.ForeignKey(
                        name: "fk_governance_centres_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legal_advisers",
                columns: table => new
                {
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    law_firm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    phone_cipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    appointed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_legal_advisers", x => x.community_code);
                    table.ForeignKey(
                        name: "fk_legal_advisers_regions_community_code",
                        column: x => x.community_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "party_organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    region_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    secretary = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    founded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    dissolved = table.Column<bool>(type: "boolean", nullable: false),
                    dissolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_party_organisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_party_organisations_party_organisations_parent_id",
                        column: x => x.parent_id,
                        principalTable: "party_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_party_organisations_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "party_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    resident_id_cipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    resident_id_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    phone_cipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_party_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_party_members_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "party_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dual_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    organisation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dual_reports", x => x.id);
                    table.CheckConstraint("ck_dual_reports_one_reporter", "(member_id IS NULL) <> (organisation_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_dual_reports_members_member_id",
                        column: x => x.member_id,
                        principalTable: "party_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dual_reports_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "party_organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dual_reports_regions_community_code",
                        column: x => x.community_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ux_community_facilities_region_code_kind",
                table: "community_facilities",
                columns: new[] { "region_code", "kind" },
                unique: true)
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops", "text_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_compounds_community_code",
                table: "compounds",
                column: "community_code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_dual_reports_community_code",
                table: "dual_reports",
                column: "community_code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ux_dual_reports_one_active_per_member",
                table: "dual_reports",
                column: "member_id",
                unique: true,
                filter: "withdrawn_at IS NULL AND member_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_dual_reports_one_active_per_organisation",
                table: "dual_reports",
                column: "organisation_id",
                unique: true,
                filter: "withdrawn_at IS NULL AND organisation_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_governance_centres_region_code",
                table: "governance_centres",
                column: "region_code",
                unique: true)
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_sent_at",
                table: "outbox_messages",
                column: "sent_at",
                filter: "sent_at IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_unsent",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_party_members_organisation_id",
                table: "party_members",
                column: "organisation_id");

            migrationBuilder.CreateIndex(
                name: "ux_party_members_resident_id_hash",
                table: "party_members",
                column: "resident_id_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_party_organisations_parent_id",
                table: "party_organisations",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_party_organisations_region_code",
                table: "party_organisations",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ux_party_organisations_one_committee_per_region",
                table: "party_organisations",
                column: "region_code",
                unique: true,
                filter: "NOT dissolved AND kind IN ('CommunityPartyCommittee', 'PropertyIndustryCommittee')");

            migrationBuilder.CreateIndex(
                name: "ix_regions_code_prefix",
                table: "regions",
                column: "code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_regions_parent_code",
                table: "regions",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "ix_regions_path_prefix",
                table: "regions",
                column: "path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "community_facilities");

            migrationBuilder.DropTable(
                name: "compounds");

            migrationBuilder.DropTable(
                name: "dual_reports");

            migrationBuilder.DropTable(
                name: "governance_centres");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "legal_advisers");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "party_members");

            migrationBuilder.DropTable(
                name: "party_organisations");

            migrationBuilder.DropTable(
                name: "regions");
        }
    }
}
