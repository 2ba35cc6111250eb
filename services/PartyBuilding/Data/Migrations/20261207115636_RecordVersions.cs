using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.PartyBuilding.Data.Migrations
{
    /// <inheritdoc />
    public partial class RecordVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "party_organisations",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "legal_advisers",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "dual_reports",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            // Existing rows start at 1, or 2 when they have already been dissolved or withdrawn, as they would have been.
            migrationBuilder.Sql("UPDATE party_organisations SET version = 2 WHERE dissolved;");
            migrationBuilder.Sql("UPDATE dual_reports SET version = 2 WHERE withdrawn_at IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "version",
                table: "party_organisations");

            migrationBuilder.DropColumn(
                name: "version",
                table: "legal_advisers");

            migrationBuilder.DropColumn(
                name: "version",
                table: "dual_reports");
        }
    }
}
