using System.ComponentModel.DataAnnotations;

namespace Platform.Incubation.Organisations.Import;

/// <summary>
/// One organisation of a bulk import: its application, the state it is to reach (each step on the way is recorded and
/// published as if made one by one) and optionally its grade. Incubating and graduated organisations name their centre;
/// a revoked one gives the reason in its application.
/// </summary>
public sealed record OrganisationRow(
    [Required] ApplyOrganisationRequest Organisation,
    [Required] OrganisationState? State,
    [StringLength(100)] string? CentreName,
    GradeRow? Grade);

public sealed record GradeRow([Required, Range(1, 5)] int? Grade, [Required, Range(0, 100)] int? Score, [Required] DateOnly? EvaluatedOn);

/// <summary>A list, not an array: .NET 10's generated validation checks the elements of a list but not of an array.</summary>
public sealed record ImportOrganisationsRequest([Required, MinLength(1), MaxLength(ImportOrganisations.MaxRows)] List<OrganisationRow> Organisations);

public sealed record OrganisationImportReport(int Imported, IReadOnlyDictionary<OrganisationState, int> ByState, int Graded, int EventsPublished);
