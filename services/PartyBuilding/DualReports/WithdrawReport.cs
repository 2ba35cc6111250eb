using Platform.Messaging;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.PartyBuilding.Shared;
using Platform.PartyBuilding.Data;
using Platform.PersonalData;

namespace Platform.PartyBuilding.DualReports;

public static class WithdrawReport
{
    /// <summary>Closes an active report; the report stays as history.</summary>
    public static async Task<Results<Ok<DualReportResponse>, NotFound, ProblemHttpResult>> HandleAsync(
        Guid id, CommandRequest? request, ClaimsPrincipal user, PartyDb db, PersonalDataProtector protector, TimeProvider clock, CancellationToken cancellationToken)
    {
        // A report belongs to the community it was made to.
        if (await db.DualReports.FindAsync([id], cancellationToken) is not { } report
            || !await db.ReachesAsync(user, report.CommunityCode, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (!report.Active)
        {
            return Problems.Conflict("id", "The report is already withdrawn.");
        }

        if (request?.Version is { } version)
        {
            db.ExpectVersion(report, version);
        }

        var now = clock.GetUtcNow();
        report.Withdraw(now);
        if (report.MemberId is { } memberId)
        {
            var member = await db.Members.AsNoTracking().FirstAsync(m => m.Id == memberId, cancellationToken);
            db.Publish(new PartyMemberWithdrawn(report.Id, memberId, protector.Decrypt(member.ResidentIdCipher), report.CommunityCode, now));
        }
        else
        {
            db.Publish(new PartyOrganisationReportWithdrawn(report.Id, report.OrganisationId!.Value, report.CommunityCode, now));
        }

        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(report.ToResponse());
    }
}
