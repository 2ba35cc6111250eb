using Microsoft.AspNetCore.Mvc;
using Platform.Charity.Shared;
using Platform.Contracts.Charity;

namespace Platform.Charity.Donations;

public sealed record ReceiveDonationRequest(
    [Required] DonationKind? Kind,
    [Required] DonorKind? DonorKind,
    [StringLength(100)] string? DonorName,
    [Required] long? AmountFen,
    Guid? FundId,
    Guid? SupermarketId,
    [StringLength(40, MinimumLength = 4)] string? ReceiptNumber,
    [StringLength(100)] string? ItemName,
    int? Quantity,
    long? PointsPrice)
{
    public DonationDraft ToDraft() => new(Kind!.Value, DonorKind!.Value, DonorName, AmountFen!.Value, FundId, SupermarketId, ItemName, Quantity, PointsPrice);
}

public static class ReceiveDonation
{
    // Problem field names are camelCased by the platform; the header is named after the parameter.
    private const string KeyField = "idempotencyKey";

    public static async Task<Results<Created<DonationResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ReceiveDonationRequest request, [FromHeader(Name = IdempotencyRecord.Header)] string? idempotencyKey, ClaimsPrincipal user,
        HttpContext http, CharityDb db, DonationLimits limits, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (idempotencyKey is { Length: 0 or > IdempotencyRecord.MaxKeyLength })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [KeyField] = [$"A key has 1 to {IdempotencyRecord.MaxKeyLength} characters."] });
        }

        var caller = user.SubjectOf();
        var hash = IdempotencyRecord.Hash(request);
        try
        {
            return await db.InTransactionAsync(async ct =>
                await ReplayAsync(db, caller, idempotencyKey, hash, ct) ?? await ReceiveAsync(request, idempotencyKey, hash, caller, user, http, db, limits, clock, ct),
                cancellationToken);
        }
        catch (DbUpdateException e) when (idempotencyKey is not null
            && (e.Violates(IdempotencyRecord.PrimaryKey) || e.Violates(DonationConfiguration.ReceiptNumberIndex)))
        {
            // A concurrent request with the same key won the race (and may also hold the receipt number): answer as it did.
            db.ChangeTracker.Clear();
            var replay = await ReplayAsync(db, caller, idempotencyKey, hash, cancellationToken);
            if (replay is null)
            {
                throw;
            }

            return replay;
        }
    }

    private static async Task<Results<Created<DonationResponse>, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        CharityDb db, string caller, string? key, byte[] hash, CancellationToken cancellationToken)
    {
        if (key is null || await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Caller == caller && r.Key == key, cancellationToken) is not { } record)
        {
            return null;
        }

        if (!record.RequestHash.AsSpan().SequenceEqual(hash))
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [KeyField] = ["This key was used for a different request; use a new key for a new donation."],
            })
            { Status = StatusCodes.Status422UnprocessableEntity, Title = "The idempotency key was reused." });
        }

        var donation = await db.Donations.AsNoTracking().FirstAsync(d => d.Id == record.DonationId, cancellationToken);
        return TypedResults.Created($"{CharityService.Prefix}/donations/{donation.Id}", donation.ToResponse());
    }

    private static async Task<Results<Created<DonationResponse>, ValidationProblem, ProblemHttpResult>> ReceiveAsync(
        ReceiveDonationRequest request, string? key, byte[] hash, string caller, ClaimsPrincipal user, HttpContext http, CharityDb db,
        DonationLimits limits, TimeProvider clock, CancellationToken cancellationToken)
    {
        var draft = request.ToDraft();
        var (outOfReach, errors, community, conflict) = await db.CheckDonationAsync(draft, user, limits.Options.MaxAmountFen, cancellationToken);
        if (outOfReach is not null)
        {
            // A fund or supermarket out of reach is answered as an unknown one, so its existence does not leak.
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [outOfReach] = ["Nothing you can reach has this id."] });
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (conflict is not null)
        {
            return ConflictProblem.For("fundId", conflict);
        }

        if (await limits.WaitForCallerAsync(user, 1, cancellationToken) is { } callerWait)
        {
            return TooManyRequestsProblem.For(http, callerWait, "Too many donations recorded.",
                $"One person records at most {limits.Options.PerCallerPerHour} donations an hour; see Retry-After.");
        }

        if (await limits.WaitForDonorAsync(draft, cancellationToken) is { } donorWait)
        {
            return TooManyRequestsProblem.For(http, donorWait, "Too many donations from this donor.",
                $"This donor has given to this fund or supermarket {limits.Options.SameDonorPerWindow} times in {limits.Options.SameDonorWindow}; a repeat is likely a double submission. See Retry-After.");
        }

        var now = clock.GetUtcNow();
        var donation = Donation.Receive(draft, request.ReceiptNumber?.Trim(), community!, caller, now);
        if (key is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord { Caller = caller, Key = key, RequestHash = hash, DonationId = donation.Id, CreatedAt = now });
        }

        await db.RecordAsync(donation, draft.PointsPrice, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{CharityService.Prefix}/donations/{donation.Id}", donation.ToResponse());
    }
}
