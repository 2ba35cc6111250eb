using Microsoft.EntityFrameworkCore;
using Platform.Contracts.PartyBuilding;
using Platform.PersonalData;
using Platform.Contracts;
using Platform.ServiceDefaults.Http;
using Platform.Messaging;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;

namespace Platform.Volunteers.Volunteers;

/// <summary>Dual reporting (双报到): the member's volunteer profile is linked by ID number, or created, and flagged.</summary>
public sealed class PartyMemberReportedConsumer(VolunteersDb db, PersonalDataProtector protector, TimeProvider clock)
    : IdempotentConsumer<PartyMemberReported, VolunteersDb>(db)
{
    protected override async Task ApplyAsync(PartyMemberReported message, CancellationToken cancellationToken)
    {
        var idNumber = ResidentIdNumber.Normalise(message.ResidentIdNumber);
        var hash = protector.Hash(idNumber);
        var volunteer = await Db.Volunteers.FirstOrDefaultAsync(v => v.IdNumberHash == hash, cancellationToken);
        if (volunteer is null)
        {
            // PartyBuilding validated the number; a number we cannot accept is a fault to see in the error queue, not to skip.
            if (ResidentIdNumber.Problem(idNumber, clock.Today()) is { } problem)
            {
                throw new InvalidOperationException($"Report {message.ReportId}: {problem}");
            }

            var phone = message.Phone is not null && PhoneNumber.Problem(message.Phone) is null ? message.Phone : null;
            volunteer = Volunteer.Register(protector, message.Name, idNumber, phone, message.CommunityCode, null, RegistrationSource.DualReporting, clock.GetUtcNow());
            volunteer.MarkPartyMember(message.MemberId, message.ReportedAt);
            Db.Volunteers.Add(volunteer);
            Db.Publish(volunteer.Registered());
            return;
        }

        volunteer.MarkPartyMember(message.MemberId, message.ReportedAt);
    }
}

public sealed class PartyMemberWithdrawnConsumer(VolunteersDb db, PersonalDataProtector protector)
    : IdempotentConsumer<PartyMemberWithdrawn, VolunteersDb>(db)
{
    protected override async Task ApplyAsync(PartyMemberWithdrawn message, CancellationToken cancellationToken)
    {
        var hash = protector.Hash(ResidentIdNumber.Normalise(message.ResidentIdNumber));
        var volunteer = await Db.Volunteers.FirstOrDefaultAsync(v => v.IdNumberHash == hash, cancellationToken);
        // The profile is made by the report; a withdrawal that overtook it is retried until the report has been applied.
        if (volunteer is null)
        {
            throw new InvalidOperationException($"Report {message.ReportId}: no volunteer profile to withdraw yet.");
        }

        volunteer.ClearPartyMember(message.MemberId, message.WithdrawnAt);
    }
}
