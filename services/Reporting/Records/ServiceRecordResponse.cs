namespace Platform.Reporting.Records;

public sealed record ServiceRecordResponse(
    Guid Id, ServiceKind ServiceKind, ProviderKind ProviderKind, Guid? ProviderId, string ProviderName, string CommunityCode,
    DateOnly Date, int Beneficiaries, string? Description, DateTimeOffset RecordedAt);

public static class ServiceRecordMapping
{
    public static ServiceRecordResponse ToResponse(this ServiceRecord r) =>
        new(r.Id, r.ServiceKind, r.ProviderKind, r.ProviderId, r.ProviderName, r.CommunityCode, r.ServiceDate, r.Beneficiaries, r.Description, r.RecordedAt);
}
