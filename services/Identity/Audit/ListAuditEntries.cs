using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Identity.Data;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Identity.Audit;

public static class ListAuditEntries
{
    /// <summary>Newest first; the region is that of the change (by code: Identity keeps no region replica).</summary>
    public static async Task<Results<Ok<Page<AuditEntryResponse>>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ClaimsPrincipal caller, IdentityDb db, CancellationToken cancellationToken, string? region = null, string? service = null,
        string? subject = null, DateOnly? from = null, DateOnly? to = null, int? page = null, int? pageSize = null)
    {
        var paging = new PageRequest(page, pageSize);
        var range = new DateRange(from, to);
        var errors = paging.Check();
        foreach (var (field, messages) in range.Check())
        {
            errors[field] = messages;
        }

        var code = region ?? caller.RegionOf();
        if (RegionCode.LevelOf(code) is not { } level)
        {
            errors["region"] = ["A region code has 6, 9, 12 or 15 digits."];
        }
        else if (errors.Count == 0 && !caller.CanReach(code))
        {
            return ScopeProblems.OutOfReach("region");
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var prefix = RegionCode.SubtreePrefix(code!, RegionCode.LevelOf(code)!.Value);
        var (start, end) = (range.StartsAt, range.EndsBefore);
        return TypedResults.Ok(await db.AuditEntries.AsNoTracking()
            .Where(e => e.Region != null && e.Region.StartsWith(prefix))
            .Where(e => service == null || e.Service == service)
            .Where(e => subject == null || e.Subject == subject)
            .Where(e => (start == null || e.At >= start) && (end == null || e.At < end))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AuditEntryResponse(e.Id, e.Service, e.Subject, e.Name, e.Roles, e.Region, e.Method, e.Path, e.Changes, e.At))
            .ToPageAsync(paging, cancellationToken));
    }
}
