using Platform.Contracts.Volunteers;
using Platform.PersonalData;

namespace Platform.Volunteers.Volunteers;

/// <summary>A registered volunteer (社区志愿者). The resident ID number and phone are kept only encrypted and masked.</summary>
public sealed class Volunteer
{
    private Volunteer()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private set; } = "";
    public byte[] IdNumberCipher { get; private init; } = [];
    public byte[] IdNumberHash { get; private init; } = [];
    public string IdNumberMasked { get; private init; } = "";
    public byte[]? PhoneCipher { get; private set; }
    public string? PhoneMasked { get; private set; }
    public string CommunityCode { get; private set; } = "";
    public List<string> Skills { get; private set; } = [];
    public bool IsPartyMember { get; private set; }
    public Guid? PartyMemberId { get; private set; }

    /// <summary>
    /// When the latest report or withdrawal applied to this profile happened. Dual-reporting events arrive in any
    /// order, so one older than this is stale and changes nothing.
    /// </summary>
    public DateTimeOffset? PartyMembershipChangedAt { get; private set; }
    public RegistrationSource Source { get; private init; }
    public DateTimeOffset RegisteredAt { get; private init; }
    public uint Version { get; private set; }

    /// <summary>The rules of a new profile beyond its shape, as field → messages.</summary>
    public static Dictionary<string, string[]> CheckRegistration(string idNumber, string? phone, bool communityIsLive, DateOnly today)
    {
        var errors = CheckProfile(phone, communityIsLive);
        if (ResidentIdNumber.Problem(idNumber, today) is { } idProblem)
        {
            errors["idNumber"] = [idProblem];
        }

        return errors;
    }

    public static Dictionary<string, string[]> CheckProfile(string? phone, bool communityIsLive)
    {
        var errors = new Dictionary<string, string[]>();
        if (phone is not null && PhoneNumber.Problem(phone) is { } phoneProblem)
        {
            errors["phone"] = [phoneProblem];
        }

        if (!communityIsLive)
        {
            errors["communityCode"] = ["No live community has this code."];
        }

        return errors;
    }

    public static Volunteer Register(
        PersonalDataProtector protector, string name, string idNumber, string? phone, string communityCode,
        IEnumerable<string>? skills, RegistrationSource source, DateTimeOffset now, Guid? id = null) =>
        new()
        {
            Id = id ?? Guid.CreateVersion7(now),
            Name = name.Trim(),
            IdNumberCipher = protector.Encrypt(idNumber),
            IdNumberHash = protector.Hash(idNumber),
            IdNumberMasked = ResidentIdNumber.Mask(idNumber),
            PhoneCipher = phone is null ? null : protector.Encrypt(phone),
            PhoneMasked = phone is null ? null : PhoneNumber.Mask(phone),
            CommunityCode = communityCode,
            Skills = NormaliseSkills(skills),
            Source = source,
            RegisteredAt = now,
        };

    public void UpdateProfile(PersonalDataProtector protector, string name, string? phone, string communityCode, IEnumerable<string>? skills)
    {
        Name = name.Trim();
        PhoneCipher = phone is null ? null : protector.Encrypt(phone);
        PhoneMasked = phone is null ? null : PhoneNumber.Mask(phone);
        CommunityCode = communityCode;
        Skills = NormaliseSkills(skills);
    }

    /// <summary>Set only by dual reporting (双报到), never by a client.</summary>
    public void MarkPartyMember(Guid memberId, DateTimeOffset reportedAt)
    {
        if (PartyMembershipChangedAt >= reportedAt)
        {
            return;
        }

        (IsPartyMember, PartyMemberId, PartyMembershipChangedAt) = (true, memberId, reportedAt);
    }

    /// <summary>A withdrawal of the same moment as a report wins: the member is flagged only by a report made after it.</summary>
    public void ClearPartyMember(Guid memberId, DateTimeOffset withdrawnAt)
    {
        if (PartyMembershipChangedAt > withdrawnAt || (PartyMemberId is { } current && current != memberId))
        {
            return;
        }

        (IsPartyMember, PartyMemberId, PartyMembershipChangedAt) = (false, null, withdrawnAt);
    }

    public VolunteerRegistered Registered() => new(Id, CommunityCode, IsPartyMember, Source.ToString(), RegisteredAt);

    private static List<string> NormaliseSkills(IEnumerable<string>? skills) =>
        skills?.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList() ?? [];
}

public enum RegistrationSource
{
    SelfService = 1,
    CommunityWorker = 2,
    DualReporting = 3,
    BulkImport = 4,
}
