using System.Globalization;

namespace Platform.Reporting.Records;

/// <summary>The six services (六项服务).</summary>
public enum ServiceKind
{
    NeedsAssessment = 1,        // 需求评估
    ResourceLinking = 2,        // 资源链接
    SocialAssistance = 3,       // 社会救助
    ElderlyAndChildCare = 4,    // 老幼关爱
    CommunityGovernance = 5,    // 社区治理
    ProductionDevelopment = 6,  // 生产发展
}

public enum ProviderKind
{
    Organisation = 1,
    SocialWorker = 2,
    Team = 3,
}

/// <summary>A service given in a community (服务台账): who provided it, when, and to how many person-times (人次).</summary>
public sealed class ServiceRecord
{
    public Guid Id { get; private init; }
    public ServiceKind ServiceKind { get; private init; }
    public ProviderKind ProviderKind { get; private init; }
    public Guid? ProviderId { get; private init; }
    public string ProviderName { get; private init; } = "";
    public string CommunityCode { get; private init; } = "";
    public DateOnly ServiceDate { get; private init; }
    public int Beneficiaries { get; private init; }
    public string? Description { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }
    public string RecordedBy { get; private init; } = "";

    /// <summary>The rules of a record as field → message, and the parsed record when there is none.</summary>
    public static (ServiceRecord? Record, Dictionary<string, string> Problems) Check(ServiceRecordInput input, DateOnly today, DateTimeOffset now, string recordedBy)
    {
        var problems = new Dictionary<string, string>();
        if (!TryParseEnum<ServiceKind>(input.ServiceKind, out var kind))
        {
            problems["serviceKind"] = $"Unknown service kind; one of {string.Join(", ", Enum.GetNames<ServiceKind>())}.";
        }

        if (!TryParseEnum<ProviderKind>(input.ProviderKind, out var providerKind))
        {
            problems["providerKind"] = $"Unknown provider kind; one of {string.Join(", ", Enum.GetNames<ProviderKind>())}.";
        }

        if (string.IsNullOrWhiteSpace(input.ProviderName) || input.ProviderName.Length > 100)
        {
            problems["providerName"] = "A provider's name has 1 to 100 characters.";
        }

        if (input.Date is not { } date)
        {
            problems["date"] = "A service date (yyyy-MM-dd) is required.";
        }
        else if (date > today.AddDays(1))
        {
            problems["date"] = "A service date is at most one day in the future.";
        }

        if (input.Beneficiaries is not >= 0)
        {
            problems["beneficiaries"] = "Beneficiaries are a count of person-times, zero or more.";
        }

        if (input.Description is { Length: > 500 })
        {
            problems["description"] = "A description has at most 500 characters.";
        }

        return problems.Count > 0 ? (null, problems) : (new ServiceRecord
        {
            Id = Guid.CreateVersion7(now),
            ServiceKind = kind,
            ProviderKind = providerKind,
            ProviderId = input.ProviderId,
            ProviderName = input.ProviderName!.Trim(),
            CommunityCode = input.CommunityCode!,
            ServiceDate = input.Date!.Value,
            Beneficiaries = input.Beneficiaries!.Value,
            Description = input.Description,
            RecordedAt = now,
            RecordedBy = recordedBy,
        }, problems);
    }

    // Names only: "1" or "ResourceLinking, SocialAssistance" are not kinds.
    private static bool TryParseEnum<T>(string? text, out T value) where T : struct, Enum =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out value) && Enum.IsDefined(value)
            && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) && !text!.Contains(',');
}

/// <summary>A record as filed, before its rules are checked (from JSON or a CSV row).</summary>
public sealed record ServiceRecordInput(
    string? ServiceKind, string? ProviderKind, Guid? ProviderId, string? ProviderName, string? CommunityCode,
    DateOnly? Date, int? Beneficiaries, string? Description);
