using Platform.Messaging;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Charity.Data;
using Platform.Charity.Funds;
using Platform.Charity.Ledger;
using Platform.Data;
using Platform.ServiceDefaults.Problems;
using Platform.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.Charity.Disbursements;

public static class GetDisbursement
{
    public static async Task<Results<Ok<DisbursementResponse>, NotFound>> HandleAsync(
        Guid id, ClaimsPrincipal user, CharityDb db, CancellationToken cancellationToken) =>
        await db.Disbursements.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is { } d && user.CanReach(d.CommunityCode)
            ? TypedResults.Ok(d.ToResponse())
            : TypedResults.NotFound();
}
