using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// The statement-level trigger that once notified the relay when outbox rows were inserted, kept for the Initial
/// migrations' history; <c>DropOutboxNotifyTrigger</c> removes it, since PostgreSQL serialises the commits of every
/// transaction that notifies. The relay is now woken in process (<see cref="OutboxCommitInterceptor"/>).
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

    public const string DropNotifyTriggerSql = """
            DROP TRIGGER IF EXISTS outbox_messages_notify ON outbox_messages;
            DROP FUNCTION IF EXISTS notify_outbox_messages();
        """;

    public static void DropOutboxNotifyTrigger(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(DropNotifyTriggerSql);
}
