using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Data;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cancelled_redemptions",
                columns: table => new
                {
                    redemption_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cancelled_redemptions", x => x.redemption_id);
                });

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
                name: "region_replica",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: true),
                    retired = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_region_replica", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "volunteers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    id_number_cipher = table.Column<byte[]>(type: "bytea", nullable: false),
                    id_number_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    id_number_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    phone_cipher = table.Column<byte[]>(type: "bytea", nullable: true),
                    phone_masked = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    community_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    is_party_member = table.Column<bool>(type: "boolean", nullable: false),
                    party_member_id = table.Column<Guid>(type: "uuid", nullable: true),
                    party_membership_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    change_seq = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "pg_current_xact_id()::text::bigint")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "points_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    points = table.Column<long>(type: "bigint", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: true),
                    redemption_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_points_entries", x => x.id);
                    table.CheckConstraint("ck_points_entries_sign", "(kind = 'Debit' AND points < 0) OR (kind <> 'Debit' AND points > 0)");
                    table.ForeignKey(
                        name: "fk_points_entries_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    colour = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    community_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    leader_id = table.Column<Guid>(type: "uuid", nullable: false),
                    formed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                    table.ForeignKey(
                        name: "fk_teams_volunteers_leader_id",
                        column: x => x.leader_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    organiser_team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_code = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    signed_up = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.CheckConstraint("ck_activities_capacity", "signed_up >= 0 AND signed_up <= capacity");
                    table.ForeignKey(
                        name: "fk_activities_teams_organiser_team_id",
                        column: x => x.organiser_team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "team_memberships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    left_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_memberships", x => x.id);
                    table.ForeignKey(
                        name: "fk_team_memberships_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_team_memberships_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "participations",
                columns: table => new
                {
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    signed_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    checked_out_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    confirmed_minutes = table.Column<int>(type: "integer", nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participations", x => new { x.activity_id, x.volunteer_id });
                    table.ForeignKey(
                        name: "fk_participations_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_participations_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hours_confirmations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    checked_minutes = table.Column<int>(type: "integer", nullable: false),
                    confirmed_minutes = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hours_confirmations", x => x.id);
                    table.ForeignKey(
                        name: "fk_hours_confirmations_participations_activity_id_volunteer_id",
                        columns: x => new { x.activity_id, x.volunteer_id },
                        principalTable: "participations",
                        principalColumns: new[] { "activity_id", "volunteer_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_community_code",
                table: "activities",
                column: "community_code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_activities_organiser_team_id",
                table: "activities",
                column: "organiser_team_id");

            migrationBuilder.CreateIndex(
                name: "ix_hours_confirmations_activity_id_volunteer_id",
                table: "hours_confirmations",
                columns: new[] { "activity_id", "volunteer_id" },
                unique: true);

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
                name: "ix_participations_volunteer_id",
                table: "participations",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "ix_points_entries_volunteer_id_recorded_at",
                table: "points_entries",
                columns: new[] { "volunteer_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ux_points_entries_credit",
                table: "points_entries",
                columns: new[] { "volunteer_id", "activity_id" },
                unique: true,
                filter: "kind = 'Credit'");

            migrationBuilder.CreateIndex(
                name: "ux_points_entries_redemption",
                table: "points_entries",
                columns: new[] { "redemption_id", "kind" },
                unique: true,
                filter: "redemption_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_region_replica_code_prefix",
                table: "region_replica",
                column: "code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_team_memberships_team_id_volunteer_id",
                table: "team_memberships",
                columns: new[] { "team_id", "volunteer_id" },
                unique: true,
                filter: "left_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_team_memberships_volunteer_id",
                table: "team_memberships",
                column: "volunteer_id");

            migrationBuilder.CreateIndex(
                name: "ix_teams_community_code",
                table: "teams",
                column: "community_code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_teams_community_code_name",
                table: "teams",
                columns: new[] { "community_code", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_teams_leader_id",
                table: "teams",
                column: "leader_id");

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_change_seq_id",
                table: "volunteers",
                columns: new[] { "change_seq", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_community_code",
                table: "volunteers",
                column: "community_code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_party_member_id",
                table: "volunteers",
                column: "party_member_id");

            migrationBuilder.CreateIndex(
                name: "ux_volunteers_id_number_hash",
                table: "volunteers",
                column: "id_number_hash",
                unique: true);

            migrationBuilder.AddChangeTrigger("volunteers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropChangeTrigger("volunteers");

            migrationBuilder.DropTable(
                name: "cancelled_redemptions");

            migrationBuilder.DropTable(
                name: "hours_confirmations");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "points_entries");

            migrationBuilder.DropTable(
                name: "region_replica");

            migrationBuilder.DropTable(
                name: "team_memberships");

            migrationBuilder.DropTable(
                name: "participations");

            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "volunteers");
        }
    }
}
