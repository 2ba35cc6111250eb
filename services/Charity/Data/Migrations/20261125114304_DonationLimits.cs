using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Charity.Data.Migrations
{
    /// <inheritdoc />
    public partial class DonationLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_donations_donor_name_received_at",
                table: "donations",
                columns: new[] { "donor_name", "received_at" },
                filter: "donor_name IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_donations_recorded_by_received_at",
                table: "donations",
                columns: new[] { "recorded_by", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_donations_donor_name_received_at",
                table: "donations");

            migrationBuilder.DropIndex(
                name: "ix_donations_recorded_by_received_at",
                table: "donations");
        }
    }
}
