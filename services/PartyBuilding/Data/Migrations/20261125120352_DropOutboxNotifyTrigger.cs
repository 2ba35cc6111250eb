using Microsoft.EntityFrameworkCore.Migrations;
using Platform.ServiceDefaults.Messaging;

#nullable disable

namespace Platform.PartyBuilding.Data.Migrations
{
    /// <inheritdoc />
    public partial class DropOutboxNotifyTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The relay is woken in process now; NOTIFY serialised every commit that wrote the outbox.
            migrationBuilder.DropOutboxNotifyTrigger();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateOutboxNotifyTrigger();
        }
    }
}
