namespace Platform.Contracts.Incubation;

/// <summary>An incubation centre (孵化中心) opened at city or county level.</summary>
public sealed record IncubationCentreEstablished(
    Guid CentreId, string Name, CentreLevel Level, string RegionCode, int AreaSquareMetres, DateTimeOffset EstablishedAt);

/// <summary>An organisation was filed (备案) with its street; registered organisations carry their credit code instead of a filing number.</summary>
public sealed record OrganisationFiled(
    Guid OrganisationId, string Name, OrganisationKind Kind, string CommunityCode,
    string? FilingNumber, string? CreditCode, DateTimeOffset FiledAt);

public sealed record OrganisationIncubationStarted(
    Guid OrganisationId, Guid CentreId, string CommunityCode, DateTimeOffset StartedAt);

/// <summary>The organisation left incubation (出壳).</summary>
public sealed record OrganisationGraduated(
    Guid OrganisationId, Guid CentreId, string CommunityCode, DateTimeOffset GraduatedAt);

/// <summary>
/// A grade (等级评估, 1–5 for 1A–5A) replaces the organisation's previous one; it stops counting after
/// <see cref="ExpiresOn"/>.
/// </summary>
public sealed record OrganisationGraded(
    Guid OrganisationId, OrganisationKind Kind, string CommunityCode, int Grade, int Score,
    DateOnly EvaluatedOn, DateOnly ExpiresOn, DateTimeOffset GradedAt);

/// <summary>Revoked from any state; <see cref="WasFiled"/> tells counters whether it had been counted as filed.</summary>
public sealed record OrganisationRevoked(
    Guid OrganisationId, OrganisationKind Kind, string CommunityCode, bool WasFiled, string Reason, DateTimeOffset RevokedAt);
