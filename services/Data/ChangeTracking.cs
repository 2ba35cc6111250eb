using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Platform.Data;

/// <summary>
/// Gives a table the change sequence a change feed reads: <c>change_seq</c> holds the id of the transaction that last
/// wrote the row, set by the column's default on insert (COPY included) and by a trigger on update.
/// </summary>
public static class ChangeTracking
{
    private const string Function = "platform_touch_change_seq";

    /// <summary>Maps the shadow property and its index; the database sets the value, EF Core only reads it.</summary>
    public static EntityTypeBuilder<T> TracksChanges<T>(this EntityTypeBuilder<T> entity) where T : class
    {
        entity.Property<long>(ChangeFeed.SequenceProperty)
            .HasColumnName("change_seq")
            .HasDefaultValueSql("pg_current_xact_id()::text::bigint")
            .ValueGeneratedOnAddOrUpdate();
        entity.HasIndex(ChangeFeed.SequenceProperty, "Id");
        return entity;
    }

    /// <summary>The update trigger of a tracked table; call in the migration that adds its <c>change_seq</c> column.</summary>
    public static void AddChangeTrigger(this MigrationBuilder migration, string table)
    {
        migration.Sql($"""
            CREATE OR REPLACE FUNCTION {Function}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.change_seq := pg_current_xact_id()::text::bigint;
                RETURN NEW;
            END $$;
            CREATE TRIGGER {table}_change_seq BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION {Function}();
            """);
    }

    public static void DropChangeTrigger(this MigrationBuilder migration, string table) =>
        migration.Sql($"DROP TRIGGER IF EXISTS {table}_change_seq ON {table};");
}
