using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.RegionReplica.Queries;

#nullable disable

namespace Platform.Charity.Data.Migrations
{
    /// <inheritdoc />
    public partial class DonationChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "change_seq",
                table: "donations",
                type: "bigint",
                nullable: false,
                defaultValueSql: "pg_current_xact_id()::text::bigint");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reversed_at",
                table: "donations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "donations",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateIndex(
                name: "ix_donations_change_seq_id",
                table: "donations",
                columns: new[] { "change_seq", "id" });

            migrationBuilder.AddChangeTrigger("donations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropChangeTrigger("donations");

            migrationBuilder.DropIndex(
                name: "ix_donations_change_seq_id",
                table: "donations");

            migrationBuilder.DropColumn(
                name: "change_seq",
                table: "donations");

            migrationBuilder.DropColumn(
                name: "reversed_at",
                table: "donations");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "donations");
        }
    }
}
