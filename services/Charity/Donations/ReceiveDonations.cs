using Platform.Charity.Shared;

namespace Platform.Charity.Donations;

public sealed record ReceiveDonationsRequest([Required, MinLength(1), MaxLength(ReceiveDonations.MaxBatch)] List<ReceiveDonationRequest> Donations);

public sealed record DonationsReceivedResponse(int Count, long TotalFen, IReadOnlyList<Guid> DonationIds);

/// <summary>
/// Many donations in one transaction, all or none: a bad item is a 400 naming <c>donations[i].field</c>. Each donation
/// still gets its own journal entry and its own <c>DonationReceived</c>. A receipt number already used is a 409.
/// The rows count against the caller's hourly cap (<see cref="DonationLimits"/>) except for city administrators, whose
/// imports (the seeder's 10,000 a request) are exempt; the same-donor window is not applied, since an import legitimately
/// holds many gifts of one donor.
/// </summary>
public static class ReceiveDonations
{
    public const int MaxBatch = 10_000;

    public static Task<Results<Ok<DonationsReceivedResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        ReceiveDonationsRequest request, ClaimsPrincipal user, HttpContext http, CharityDb db, DonationLimits limits, TimeProvider clock,
        CancellationToken cancellationToken) =>
        db.InTransactionAsync<Results<Ok<DonationsReceivedResponse>, ValidationProblem, ProblemHttpResult>>(async ct =>
        {
            // Everything is checked before anything is written (goods go on the shelf by direct SQL).
            var errors = new Dictionary<string, string[]>();
            var accepted = new List<(DonationDraft Draft, string? Receipt, string Community)>();
            for (var i = 0; i < request.Donations.Count; i++)
            {
                var draft = request.Donations[i].ToDraft();
                var (outOfReach, itemErrors, community, conflict) = await db.CheckDonationAsync(draft, user, limits.Options.MaxAmountFen, ct);
                if (outOfReach is not null)
                {
                    return ScopeProblems.OutOfReach($"donations[{i}].{outOfReach}");
                }

                foreach (var (field, messages) in itemErrors)
                {
                    errors[$"donations[{i}].{field}"] = messages;
                }

                if (itemErrors.Count > 0)
                {
                    continue;
                }

                if (conflict is not null)
                {
                    return ConflictProblem.For($"donations[{i}].fundId", conflict);
                }

                accepted.Add((draft, request.Donations[i].ReceiptNumber?.Trim(), community!));
            }

            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors);
            }

            if (!limits.FitsInAnHour(user, accepted.Count))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["donations"] = [$"One person records at most {limits.Options.PerCallerPerHour} donations an hour; a city administrator imports larger batches."],
                });
            }

            if (await limits.WaitForCallerAsync(user, accepted.Count, ct) is { } wait)
            {
                return TooManyRequestsProblem.For(http, wait, "Too many donations recorded.",
                    $"One person records at most {limits.Options.PerCallerPerHour} donations an hour; larger imports are a city administrator's. See Retry-After.");
            }

            var now = clock.GetUtcNow();
            var ids = new List<Guid>();
            foreach (var (draft, receipt, community) in accepted)
            {
                var donation = Donation.Receive(draft, receipt, community, user.SubjectOf(), now);
                await db.RecordAsync(donation, draft.PointsPrice, ct);
                ids.Add(donation.Id);
            }

            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(new DonationsReceivedResponse(ids.Count, accepted.Sum(a => a.Draft.AmountFen), ids));
        }, cancellationToken);
}
