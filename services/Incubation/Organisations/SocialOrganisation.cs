using Platform.Contracts.Incubation;
using Platform.Incubation.Centres;
using Platform.Incubation.Shared;
using Platform.ServiceDefaults.Problems;

namespace Platform.Incubation.Organisations;

/// <summary>
/// A social organisation (社会组织) of a community, with its lifecycle as an explicit state machine. Every step
/// appends an <see cref="OrganisationTransition"/> and returns the integration event to publish with it.
/// </summary>
public sealed class SocialOrganisation
{
    private SocialOrganisation()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private set; } = "";
    public OrganisationKind Kind { get; private init; }
    public List<string> Fields { get; private set; } = [];
    public string CommunityCode { get; private init; } = "";
    public string ContactName { get; private set; } = "";
    public byte[]? ContactPhoneCipher { get; private set; }
    public string? ContactPhoneMasked { get; private set; }
    public string? CreditCode { get; private init; }
    public string? FilingNumber { get; private set; }
    public OrganisationState State { get; private set; }
    public Guid? CentreId { get; private set; }
    public DateTimeOffset AppliedAt { get; private init; }
    public DateTimeOffset? FiledAt { get; private set; }

    /// <summary>PostgreSQL's xmin: two transitions from the same state cannot both commit.</summary>
    public uint Version { get; private set; }

    public List<OrganisationTransition> Transitions { get; private init; } = [];

    public bool IsRegistered => Kind != OrganisationKind.CommunitySocialOrganisation;

    /// <summary>Filed, in incubation or graduated: an organisation that may be graded and run projects.</summary>
    public bool IsActive => State is OrganisationState.Filed or OrganisationState.Incubating or OrganisationState.Graduated;

    /// <summary>The rules of an application beyond its shape, as field → messages.</summary>
    public static Errors CheckApplication(OrganisationKind kind, string? creditCode, bool communityIsLive) =>
        new Errors()
            .When(!communityIsLive, "communityCode", "No live community (社区) has this code.")
            .When(kind != OrganisationKind.CommunitySocialOrganisation && creditCode is null, "creditCode",
                "A registered organisation (hub, platform or professional service) has a unified social credit code.")
            .With("creditCode", creditCode is null ? null : Contracts.CreditCode.Problem(creditCode));

    public static SocialOrganisation Apply(
        string name, OrganisationKind kind, IEnumerable<string>? fields, string communityCode, string contactName,
        byte[]? phoneCipher, string? phoneMasked, string? creditCode, string actor, string? reason, DateTimeOffset now)
    {
        var organisation = new SocialOrganisation
        {
            Id = Guid.CreateVersion7(now), Name = name.Trim(), Kind = kind, Fields = TextList.Normalise(fields), CommunityCode = communityCode,
            ContactName = contactName.Trim(), ContactPhoneCipher = phoneCipher, ContactPhoneMasked = phoneMasked,
            CreditCode = creditCode, State = OrganisationState.Applied, AppliedAt = now,
        };
        organisation.Transitions.Add(OrganisationTransition.Record(organisation.Id, null, OrganisationState.Applied, null, actor, reason, now));
        return organisation;
    }

    /// <summary>备案: a community social organisation gets its filing number; a registered one is known by its credit code.</summary>
    public Refusal? File(string? filingNumber, string actor, string? reason, DateTimeOffset now, out OrganisationFiled? filed)
    {
        filed = null;
        if (Refuse(OrganisationState.Applied, "file") is { } refusal)
        {
            return refusal;
        }

        FilingNumber = IsRegistered ? null : filingNumber;
        FiledAt = now;
        Move(OrganisationState.Filed, CentreId, actor, reason, now);
        filed = new OrganisationFiled(Id, Name, Kind, CommunityCode, FilingNumber, CreditCode, now);
        return null;
    }

    public Refusal? StartIncubation(IncubationCentre centre, string actor, string? reason, DateTimeOffset now, out OrganisationIncubationStarted? started)
    {
        started = null;
        if (Refuse(OrganisationState.Filed, "start incubation of") is { } refusal)
        {
            return refusal;
        }

        Move(OrganisationState.Incubating, centre.Id, actor, reason, now);
        started = new OrganisationIncubationStarted(Id, centre.Id, CommunityCode, now);
        return null;
    }

    /// <summary>出壳: the organisation leaves its centre.</summary>
    public Refusal? Graduate(string actor, string? reason, DateTimeOffset now, out OrganisationGraduated? graduated)
    {
        graduated = null;
        if (Refuse(OrganisationState.Incubating, "graduate") is { } refusal)
        {
            return refusal;
        }

        var centre = CentreId!.Value;
        Move(OrganisationState.Graduated, centre, actor, reason, now);
        graduated = new OrganisationGraduated(Id, centre, CommunityCode, now);
        return null;
    }

    public Refusal? Revoke(string actor, string reason, DateTimeOffset now, out OrganisationRevoked? revoked)
    {
        revoked = null;
        if (State == OrganisationState.Revoked)
        {
            return new Refusal("state", "The organisation is already revoked.");
        }

        var wasFiled = FiledAt is not null;
        Move(OrganisationState.Revoked, CentreId, actor, reason, now);
        revoked = new OrganisationRevoked(Id, Kind, CommunityCode, wasFiled, reason.Trim(), now);
        return null;
    }

    private Refusal? Refuse(OrganisationState required, string action) =>
        State == required ? null : new Refusal("state", $"Only an organisation in state {required} can {action}; this one is {State}.");

    private void Move(OrganisationState to, Guid? centreId, string actor, string? reason, DateTimeOffset now)
    {
        Transitions.Add(OrganisationTransition.Record(Id, State, to, centreId, actor, reason, now));
        State = to;
        CentreId = centreId;
    }
}
