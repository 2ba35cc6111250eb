using Platform.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Incubation.Data;
using Platform.Incubation.SocialWork;

namespace Platform.Incubation.Http;

/// <summary>
/// Duplicates are stopped by unique indexes, not by reading first; this turns a violation of one of them into a
/// refusal (409) that names the field the client sent.
/// </summary>
public static class UniqueConflicts
{
    private static readonly Dictionary<string, Refusal> ByIndex = new()
    {
        ["ix_organisations_credit_code"] = new("creditCode", "An organisation with this unified social credit code is already registered."),
        ["ix_organisations_community_code_name"] = new("name", "The community already has an organisation of this name."),
        ["ix_centres_name"] = new("name", "A centre of this name already exists."),
        ["ix_social_workers_certificate_number"] = new("certificateNumber", "A social worker with this certificate number is already registered."),
        ["ix_social_work_rooms_community_code"] = new("communityCode", "The community already has its social work room."),
        [RoomAssignmentConfiguration.OneOpenAssignment] = new("socialWorkerId", "The social worker already serves in a room."),
    };

    /// <summary>Saves; null when saved, the refusal when one of the unique indexes above refused the row.</summary>
    public static async Task<Refusal?> SaveOrRefuseAsync(this IncubationDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: { } index }
                                           && ByIndex.TryGetValue(index, out var refusal))
        {
            return refusal;
        }
    }
}
