using Microsoft.EntityFrameworkCore.Migrations;
using Platform.RegionReplica.Queries;

#nullable disable

namespace Platform.Incubation.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationChangeFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "change_seq",
                table: "organisations",
                type: "bigint",
                nullable: false,
                defaultValueSql: "pg_current_xact_id()::text::bigint");

            migrationBuilder.CreateIndex(
                name: "ix_organisations_change_seq_id",
                table: "organisations",
                columns: new[] { "change_seq", "id" });

            migrationBuilder.AddChangeTrigger("organisations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropChangeTrigger("organisations");

            migrationBuilder.DropIndex(
                name: "ix_organisations_change_seq_id",
                table: "organisations");

            migrationBuilder.DropColumn(
                name: "change_seq",
                table: "organisations");
        }
    }
}
