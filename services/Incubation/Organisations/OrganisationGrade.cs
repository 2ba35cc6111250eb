using Platform.Contracts.Incubation;
using Platform.Incubation.Shared;

namespace Platform.Incubation.Organisations;

/// <summary>
/// One grade evaluation (等级评估), 1–5 for 1A–5A, kept as history. It counts from its evaluation date until it
/// expires five years later; an organisation's current grade is its latest evaluation that has not expired.
/// </summary>
public sealed class OrganisationGrade
{
    public const int ValidityYears = 5;

    private OrganisationGrade()
    {
    }

    public Guid Id { get; private init; }
    public Guid OrganisationId { get; private init; }
    public int Grade { get; private init; }
    public int Score { get; private init; }
    public DateOnly EvaluatedOn { get; private init; }
    public DateOnly ExpiresOn { get; private init; }
    public string Actor { get; private init; } = "";
    public string? Reason { get; private init; }
    public DateTimeOffset GradedAt { get; private init; }

    public string Label => $"{Grade}A";

    /// <summary>Valid on <paramref name="day"/>: evaluated by then and not yet expired (it expires on <see cref="ExpiresOn"/>).</summary>
    public bool IsValidOn(DateOnly day) => EvaluatedOn <= day && day < ExpiresOn;

    /// <summary>An evaluation may be recorded late, never ahead of time (a day's grace for time zones).</summary>
    public static Errors Check(DateOnly evaluatedOn, DateOnly today) =>
        new Errors().When(evaluatedOn > today.AddDays(1), "evaluatedOn", "An evaluation date cannot be in the future.");

    public static OrganisationGrade Record(Guid organisationId, int grade, int score, DateOnly evaluatedOn, string actor, string? reason, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), OrganisationId = organisationId, Grade = grade, Score = score, EvaluatedOn = evaluatedOn,
            ExpiresOn = evaluatedOn.AddYears(ValidityYears), Actor = actor,
            Reason = Text.Optional(reason), GradedAt = now,
        };

    public OrganisationGraded Graded(SocialOrganisation organisation) =>
        new(organisation.Id, organisation.Kind, organisation.CommunityCode, Grade, Score, EvaluatedOn, ExpiresOn, GradedAt);

    /// <summary>The grade that counts on <paramref name="day"/>, from an organisation's history.</summary>
    public static OrganisationGrade? CurrentOf(IEnumerable<OrganisationGrade> history, DateOnly day) =>
        history.Where(g => g.IsValidOn(day)).OrderByDescending(g => g.EvaluatedOn).ThenByDescending(g => g.GradedAt).FirstOrDefault();
}
