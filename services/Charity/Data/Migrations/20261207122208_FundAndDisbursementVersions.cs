using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Charity.Data.Migrations
{
    /// <inheritdoc />
    public partial class FundAndDisbursementVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "funds",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "disbursements",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "funds");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "disbursements");
        }
    }
}
