using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Data;
using Platform.Volunteers.Data;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Import;

/// <summary>
/// Writes a batch of volunteers with binary COPY: into a staging table, then into <c>volunteers</c> skipping ID numbers
/// already registered (the unique index decides, also against concurrent registrations), then their
/// <c>VolunteerRegistered</c> events into the outbox, all in one transaction.
/// </summary>
internal static class VolunteerCopy
{
    private const string Columns =
        "id, name, id_number_cipher, id_number_hash, id_number_masked, phone_cipher, phone_masked, community_code, skills, is_party_member, party_member_id, source, registered_at";

    /// <summary>The ids that were written; the others were duplicates of registered volunteers.</summary>
    public static Task<HashSet<Guid>> WriteAsync(VolunteersDb db, IReadOnlyList<Volunteer> batch, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE volunteer_import (LIKE volunteers INCLUDING DEFAULTS) ON COMMIT DROP", ct);
            await CopyVolunteersAsync(connection, batch, ct);
            var written = await db.Database.SqlQueryRaw<Guid>(
                $"INSERT INTO volunteers ({Columns}) SELECT {Columns} FROM volunteer_import ON CONFLICT (id_number_hash) DO NOTHING RETURNING id AS \"Value\"")
                .ToListAsync(ct);
            var writtenIds = written.ToHashSet();
            await CopyOutboxAsync(connection, batch.Where(v => writtenIds.Contains(v.Id)), ct);
            return writtenIds;
        }, cancellationToken);

    private static async Task CopyVolunteersAsync(NpgsqlConnection connection, IReadOnlyList<Volunteer> batch, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync($"COPY volunteer_import ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var v in batch)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(v.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(v.Name, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(v.IdNumberCipher, NpgsqlDbType.Bytea, ct);
            await copy.WriteAsync(v.IdNumberHash, NpgsqlDbType.Bytea, ct);
            await copy.WriteAsync(v.IdNumberMasked, NpgsqlDbType.Varchar, ct);
            await WriteNullableAsync(copy, v.PhoneCipher, NpgsqlDbType.Bytea, ct);
            await WriteNullableAsync(copy, v.PhoneMasked, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(v.CommunityCode, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(v.Skills, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await copy.WriteAsync(v.IsPartyMember, NpgsqlDbType.Boolean, ct);
            await copy.WriteNullAsync(ct);
            await copy.WriteAsync(v.Source.ToString(), NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(v.RegisteredAt, NpgsqlDbType.TimestampTz, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static async Task CopyOutboxAsync(NpgsqlConnection connection, IEnumerable<Volunteer> written, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY outbox_messages (id, message_type, payload, aggregate_key, occurred_at, trace_parent) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var v in written)
        {
            var message = OutboxMessage.Create(v.Registered(), v.Id.ToString(), v.RegisteredAt);
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(message.Id, NpgsqlDbType.Uuid, ct);
            await copy.WriteAsync(message.MessageType, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(message.Payload, NpgsqlDbType.Jsonb, ct);
            await copy.WriteAsync(message.AggregateKey, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(message.OccurredAt, NpgsqlDbType.TimestampTz, ct);
            await WriteNullableAsync(copy, message.TraceParent, NpgsqlDbType.Varchar, ct);
        }

        await copy.CompleteAsync(ct);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : class =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);
}
