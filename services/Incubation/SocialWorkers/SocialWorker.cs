using Platform.Contracts.Incubation;

namespace Platform.Incubation.SocialWorkers;

/// <summary>A certified social worker (持证社工) of a community, with a unique certificate number.</summary>
public sealed class SocialWorker
{
    private SocialWorker()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public string CertificateNumber { get; private init; } = "";
    public SocialWorkerLevel Level { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public DateTimeOffset RegisteredAt { get; private init; }

    public static SocialWorker Register(string name, string certificateNumber, SocialWorkerLevel level, string communityCode, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), Name = name.Trim(), CertificateNumber = certificateNumber.Trim().ToUpperInvariant(),
            Level = level, CommunityCode = communityCode, RegisteredAt = now,
        };
}
