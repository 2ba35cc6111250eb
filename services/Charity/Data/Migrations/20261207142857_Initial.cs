using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Data;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Charity.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "donations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    receipt_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    donor_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    donor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    amount_fen = table.Column<long>(type: "bigint", nullable: false),
                    fund_id = table.Column<Guid>(type: "uuid", nullable: true),
                    supermarket_id = table.Column<Guid>(type: "uuid", nullable: true),
                    item_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    quantity = table.Column<int>(type: "integer", nullable: true),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reversed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    change_seq = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "pg_current_xact_id()::text::bigint")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_donations", x => x.id);
                    table.CheckConstraint("ck_donations_amount", "amount_fen > 0");
                });

            migrationBuilder.CreateTable(
                name: "federations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    established_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_federations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    caller = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    donation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_keys", x => new { x.caller, x.key });
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
                name: "journal_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    memo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reverses_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lottery_outlets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    fund_share_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lottery_outlets", x => x.id);
                    table.CheckConstraint("ck_lottery_outlets_ratio", "fund_share_percent BETWEEN 0 AND 100");
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
                name: "supermarkets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supermarkets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "funds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    federation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    established_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_funds", x => x.id);
                    table.ForeignKey(
                        name: "fk_funds_federations_federation_id",
                        column: x => x.federation_id,
                        principalTable: "federations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "journal_lines",
                columns: table => new
                {
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    account = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    debit_fen = table.Column<long>(type: "bigint", nullable: false),
                    credit_fen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_journal_lines", x => new { x.entry_id, x.number });
                    table.CheckConstraint("ck_journal_lines_one_side", "(debit_fen > 0 AND credit_fen = 0) OR (credit_fen > 0 AND debit_fen = 0)");
                    table.ForeignKey(
                        name: "fk_journal_lines_journal_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "journal_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lottery_sales_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    outlet_id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    fund_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    sales_fen = table.Column<long>(type: "bigint", nullable: false),
                    revenue_fen = table.Column<long>(type: "bigint", nullable: false),
                    fund_share_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    fund_share_fen = table.Column<long>(type: "bigint", nullable: false),
                    collective_share_fen = table.Column<long>(type: "bigint", nullable: false),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lottery_sales_reports", x => x.id);
                    table.CheckConstraint("ck_lottery_sales_reports_split", "fund_share_fen >= 0 AND collective_share_fen >= 0 AND fund_share_fen + collective_share_fen = revenue_fen");
                    table.ForeignKey(
                        name: "fk_lottery_sales_reports_lottery_outlets_outlet_id",
                        column: x => x.outlet_id,
                        principalTable: "lottery_outlets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stock_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    supermarket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    points_price = table.Column<long>(type: "bigint", nullable: false),
                    available = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stock_items", x => x.id);
                    table.CheckConstraint("ck_stock_items_available", "available >= 0");
                    table.CheckConstraint("ck_stock_items_price", "points_price > 0");
                    table.ForeignKey(
                        name: "fk_stock_items_supermarkets_supermarket_id",
                        column: x => x.supermarket_id,
                        principalTable: "supermarkets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disbursements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    fund_id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    amount_fen = table.Column<long>(type: "bigint", nullable: false),
                    purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    beneficiary = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    first_approver = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    first_approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    second_approver = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disbursements", x => x.id);
                    table.CheckConstraint("ck_disbursements_amount", "amount_fen > 0");
                    table.CheckConstraint("ck_disbursements_two_people", "second_approver IS NULL OR second_approver <> first_approver");
                    table.ForeignKey(
                        name: "fk_disbursements_funds_fund_id",
                        column: x => x.fund_id,
                        principalTable: "funds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "redemptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    supermarket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stock_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    community_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false),
                    points = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_redemptions", x => x.id);
                    table.CheckConstraint("ck_redemptions_quantity", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_redemptions_stock_items_stock_item_id",
                        column: x => x.stock_item_id,
                        principalTable: "stock_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_disbursements_fund_id_requested_at",
                table: "disbursements",
                columns: new[] { "fund_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_donations_change_seq_id",
                table: "donations",
                columns: new[] { "change_seq", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_donations_community_code",
                table: "donations",
                column: "community_code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_donations_donor_name_received_at",
                table: "donations",
                columns: new[] { "donor_name", "received_at" },
                filter: "donor_name IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_donations_receipt_number",
                table: "donations",
                column: "receipt_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_donations_recorded_by_received_at",
                table: "donations",
                columns: new[] { "recorded_by", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_federations_region_code",
                table: "federations",
                column: "region_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_funds_community_code",
                table: "funds",
                column: "community_code",
                unique: true)
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_funds_federation_id",
                table: "funds",
                column: "federation_id");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_community_code",
                table: "journal_entries",
                column: "community_code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_recorded_at",
                table: "journal_entries",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_reverses_id",
                table: "journal_entries",
                column: "reverses_id",
                unique: true,
                filter: "reverses_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_journal_entries_source_id",
                table: "journal_entries",
                column: "source_id");

            migrationBuilder.CreateIndex(
                name: "ix_journal_lines_account",
                table: "journal_lines",
                column: "account");

            migrationBuilder.CreateIndex(
                name: "ix_lottery_outlets_community_code_name",
                table: "lottery_outlets",
                columns: new[] { "community_code", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lottery_sales_reports_outlet_id_period_start",
                table: "lottery_sales_reports",
                columns: new[] { "outlet_id", "period_start" },
                unique: true);

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
                name: "ix_redemptions_expires_at",
                table: "redemptions",
                column: "expires_at",
                filter: "status = 'Reserved'");

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_stock_item_id",
                table: "redemptions",
                column: "stock_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_redemptions_volunteer_id_requested_at",
                table: "redemptions",
                columns: new[] { "volunteer_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_region_replica_code_prefix",
                table: "region_replica",
                column: "code")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_stock_items_supermarket_id_name",
                table: "stock_items",
                columns: new[] { "supermarket_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supermarkets_community_code_name",
                table: "supermarkets",
                columns: new[] { "community_code", "name" },
                unique: true);

            migrationBuilder.AddChangeTrigger("donations");

            // The journal is append-only: a correction is a reversing entry, never an edit or a deletion.
            migrationBuilder.Sql("""
                CREATE FUNCTION journal_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'journal entries are never changed or deleted; post a reversing entry' USING ERRCODE = 'restrict_violation';
                END $$;
                CREATE TRIGGER journal_entries_append_only BEFORE UPDATE OR DELETE ON journal_entries
                    FOR EACH ROW EXECUTE FUNCTION journal_is_append_only();
                CREATE TRIGGER journal_lines_append_only BEFORE UPDATE OR DELETE ON journal_lines
                    FOR EACH ROW EXECUTE FUNCTION journal_is_append_only();
                """);

            // The database's own check that every entry balances, at commit (when all of an entry's lines are in).
            migrationBuilder.Sql("""
                CREATE FUNCTION journal_entry_balances() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF (SELECT count(*) < 2 OR sum(debit_fen) <> sum(credit_fen) FROM journal_lines WHERE entry_id = NEW.entry_id) THEN
                        RAISE EXCEPTION 'journal entry % does not balance', NEW.entry_id USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE CONSTRAINT TRIGGER journal_lines_balance AFTER INSERT ON journal_lines
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_balances();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropChangeTrigger("donations");
            migrationBuilder.Sql("""
                DROP TRIGGER journal_lines_balance ON journal_lines;
                DROP FUNCTION journal_entry_balances();
                DROP TRIGGER journal_lines_append_only ON journal_lines;
                DROP TRIGGER journal_entries_append_only ON journal_entries;
                DROP FUNCTION journal_is_append_only();
                """);

            migrationBuilder.DropTable(
                name: "disbursements");

            migrationBuilder.DropTable(
                name: "donations");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "journal_lines");

            migrationBuilder.DropTable(
                name: "lottery_sales_reports");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "redemptions");

            migrationBuilder.DropTable(
                name: "region_replica");

            migrationBuilder.DropTable(
                name: "funds");

            migrationBuilder.DropTable(
                name: "journal_entries");

            migrationBuilder.DropTable(
                name: "lottery_outlets");

            migrationBuilder.DropTable(
                name: "stock_items");

            migrationBuilder.DropTable(
                name: "federations");

            migrationBuilder.DropTable(
                name: "supermarkets");
        }
    }
}
