using Platform.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Platform.Messaging;
using Platform.Data;
using Platform.Contracts.Volunteers;
using Platform.Volunteers.Data;
using Platform.Volunteers.Volunteers;

using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Volunteers.Import;

/// <summary>
/// Writes a batch of volunteers with binary COPY: into a staging table, then into <c>volunteers</c> skipping ID numbers
/// (or ids) already registered (the unique indexes decide, also against concurrent registrations), then one
/// <c>VolunteersImported</c> event per community of the batch into the outbox, all in one transaction. One event per
/// community rather than per volunteer: a city-sized import would otherwise flood the broker and every counter.
/// The batch's audit record (who, and how many volunteers) commits with it: COPY bypasses the change tracker, which
/// the audit otherwise reads.
/// </summary>
internal static class VolunteerCopy
{
    private const string Columns =
        "id, name, id_number_cipher, id_number_hash, id_number_masked, phone_cipher, phone_masked, community_code, skills, is_party_member, party_member_id, source, registered_at";

    /// <summary>The ids that were written; the others were duplicates of registered volunteers.</summary>
    public static Task<HashSet<Guid>> WriteAsync(VolunteersDb db, ImportBatch import, IReadOnlyList<Volunteer> batch, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await db.Database.ExecuteSqlRawAsync("CREATE TEMP TABLE volunteer_import (LIKE volunteers INCLUDING DEFAULTS) ON COMMIT DROP", ct);
            await CopyVolunteersAsync(connection, batch, ct);
            var written = await db.Database.SqlQueryRaw<Guid>(
                $"INSERT INTO volunteers ({Columns}) SELECT {Columns} FROM volunteer_import ON CONFLICT DO NOTHING RETURNING id AS \"Value\"")
                .ToListAsync(ct);
            var writtenIds = written.ToHashSet();
            foreach (var community in batch.Where(v => writtenIds.Contains(v.Id)).GroupBy(v => v.CommunityCode))
            {
                db.Publish(new VolunteersImported(import.Id, community.Key, community.Count(), community.Count(v => v.IsPartyMember), import.At));
            }

            db.AuditBulkWrite(nameof(Volunteer), import.Id.ToString(), writtenIds.Count);

            await db.SaveChangesAsync(ct);
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

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : class =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);
}
