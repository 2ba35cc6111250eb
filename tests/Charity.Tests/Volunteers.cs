extern alias volunteers;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.PersonalData;
using volunteers::Platform.Volunteers.Points;
using volunteers::Platform.Volunteers.Volunteers;

namespace Platform.Charity.Tests;

/// <summary>Volunteers' side of the saga, set up and read in its own database.</summary>
public static class Volunteers
{
    /// <summary>A volunteer of <paramref name="community"/> holding <paramref name="points"/> love points from one confirmed activity.</summary>
    public static Task<Guid> VolunteerWithPointsAsync(this CharityFixture fixture, string community, long points) =>
        fixture.InVolunteersDbAsync(async (services, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            // Register does not check the ID number; its hash only has to be unique.
            var idNumber = $"511603{Random.Shared.NextInt64(100_000_000_000, 1_000_000_000_000)}";
            var volunteer = Volunteer.Register(services.GetRequiredService<PersonalDataProtector>(), "李四", idNumber,
                null, community, null, RegistrationSource.SelfService, now);
            db.Volunteers.Add(volunteer);
            if (points > 0)
            {
                db.PointsEntries.Add(PointsEntry.Credit(volunteer.Id, points, Guid.NewGuid(), now));
            }

            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return volunteer.Id;
        });

    public static Task<long> PointsOfAsync(this CharityFixture fixture, Guid volunteerId) =>
        fixture.InVolunteersDbAsync((_, db) => db.PointsEntries.Where(e => e.VolunteerId == volunteerId).SumAsync(e => e.Points, TestContext.Current.CancellationToken));
}
