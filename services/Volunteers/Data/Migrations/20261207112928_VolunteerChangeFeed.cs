using Microsoft.EntityFrameworkCore.Migrations;
using Platform.RegionReplica.Queries;

#nullable disable

namespace Platform.Volunteers.Data.Migrations
{
    /// <inheritdoc />
    public partial class VolunteerChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "change_seq",
                table: "volunteers",
                type: "bigint",
                nullable: false,
                defaultValueSql: "pg_current_xact_id()::text::bigint");

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "volunteers",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateIndex(
                name: "ix_volunteers_change_seq_id",
                table: "volunteers",
                columns: new[] { "change_seq", "id" });

            migrationBuilder.AddChangeTrigger("volunteers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropChangeTrigger("volunteers");

            migrationBuilder.DropIndex(
                name: "ix_volunteers_change_seq_id",
                table: "volunteers");

            migrationBuilder.DropColumn(
                name: "change_seq",
                table: "volunteers");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "volunteers");
        }
    }
}
