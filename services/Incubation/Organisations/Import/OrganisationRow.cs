using System.ComponentModel.DataAnnotations;
using Platform.Contracts.Incubation;

namespace Platform.Incubation.Organisations.Import;

/// <summary>
/// One organisation of a bulk import, with the state it is to reach (each step on the way is recorded and published as
/// if made one by one) and optionally its grade. Incubating and graduated organisations name their centre.
/// </summary>
public sealed record OrganisationRow(
    [Required, StringLength(100, MinimumLength = 2)] string Name,
    [Required] OrganisationKind? Kind,
    [Required, StringLength(12, MinimumLength = 12)] string CommunityCode,
    [Required, StringLength(50, MinimumLength = 1)] string ContactName,
    [StringLength(11, MinimumLength = 11)] string? ContactPhone,
    [StringLength(40)] string? CreditCode,
    [MaxLength(20)] string[]? Fields,
    [Required] OrganisationState? State,
    [StringLength(100)] string? CentreName,
    [StringLength(500)] string? Reason,
    GradeRow? Grade);

public sealed record GradeRow([Required, Range(1, 5)] int? Grade, [Required, Range(0, 100)] int? Score, [Required] DateOnly? EvaluatedOn);

public sealed record ImportOrganisationsRequest([Required, MinLength(1), MaxLength(ImportOrganisations.MaxRows)] List<OrganisationRow> Organisations);

public sealed record OrganisationImportReport(int Imported, IReadOnlyDictionary<OrganisationState, int> ByState, int Graded, int EventsPublished);
