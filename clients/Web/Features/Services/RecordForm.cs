using Platform.Clients.Reporting.Models;

namespace Platform.Web.Features.Services;

/// <summary>What the record form holds while the user types; kept as it is when the API refuses it.</summary>
public sealed class RecordForm
{
    public ServiceKind? ServiceKind { get; set; }
    public ProviderKind? ProviderKind { get; set; }
    public string? ProviderName { get; set; }
    public string? CommunityCode { get; set; }
    public DateTime? Date { get; set; } = DateTime.Today;
    public int? Beneficiaries { get; set; }
    public string? Description { get; set; }

    public FileServiceRecordRequest ToRequest() => new()
    {
        ServiceKind = ServiceKind?.ToString(),
        ProviderKind = ProviderKind?.ToString(),
        ProviderName = ProviderName,
        CommunityCode = CommunityCode,
        Date = CityTime.ToDate(Date),
        Beneficiaries = Beneficiaries,
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description,
    };
}
