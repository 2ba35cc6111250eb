using Microsoft.EntityFrameworkCore.Migrations;
using Platform.RegionReplica.Queries;

#nullable disable

namespace Platform.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class ChangeFeedsAndRequestVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The old concurrency token was PostgreSQL's system column xmin, which is no column of the table: the version
            // is a new column, and the requests already there start at their first version.
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "service_requests",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<long>(
                name: "change_seq",
                table: "service_requests",
                type: "bigint",
                nullable: false,
                defaultValueSql: "pg_current_xact_id()::text::bigint");

            migrationBuilder.AddColumn<long>(
                name: "change_seq",
                table: "service_records",
                type: "bigint",
                nullable: false,
                defaultValueSql: "pg_current_xact_id()::text::bigint");

            migrationBuilder.CreateIndex(
                name: "ix_service_requests_change_seq_id",
                table: "service_requests",
                columns: new[] { "change_seq", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_service_records_change_seq_id",
                table: "service_records",
                columns: new[] { "change_seq", "id" });

            migrationBuilder.AddChangeTrigger("service_requests");
            migrationBuilder.AddChangeTrigger("service_records");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropChangeTrigger("service_requests");
            migrationBuilder.DropChangeTrigger("service_records");

            migrationBuilder.DropIndex(
                name: "ix_service_requests_change_seq_id",
                table: "service_requests");

            migrationBuilder.DropIndex(
                name: "ix_service_records_change_seq_id",
                table: "service_records");

            migrationBuilder.DropColumn(
                name: "change_seq",
                table: "service_requests");

            migrationBuilder.DropColumn(
                name: "change_seq",
                table: "service_records");

            migrationBuilder.DropColumn(
                name: "version",
                table: "service_requests");
        }
    }
}
