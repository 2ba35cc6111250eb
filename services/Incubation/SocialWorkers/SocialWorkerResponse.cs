using Platform.Contracts.Incubation;

namespace Platform.Incubation.SocialWorkers;

public sealed record SocialWorkerResponse(
    Guid Id, string Name, string CertificateNumber, SocialWorkerLevel Level, string CommunityCode, Guid? RoomId, DateTimeOffset RegisteredAt);

public static class SocialWorkerMapping
{
    public static SocialWorkerResponse ToResponse(this SocialWorker w, Guid? roomId) =>
        new(w.Id, w.Name, w.CertificateNumber, w.Level, w.CommunityCode, roomId, w.RegisteredAt);
}
