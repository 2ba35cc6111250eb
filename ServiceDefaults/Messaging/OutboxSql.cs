using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// A statement-level trigger that notifies the relay when outbox rows are inserted. PostgreSQL delivers a NOTIFY
/// only when its transaction commits, so the relay never wakes for a row it cannot yet see.
/// </summary>
public static class OutboxSql
{
    public const string Channel = "outbox_messages";

    public const string NotifyTriggerSql = $"""
            CREATE OR REPLACE FUNCTION notify_outbox_messages() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{Channel}', '');
                RETURN NULL;
            END $$;
            CREATE OR REPLACE TRIGGER outbox_messages_notify AFTER INSERT ON outbox_messages
            FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox_messages();
        """;

    public static void CreateOutboxNotifyTrigger(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(NotifyTriggerSql);
}
