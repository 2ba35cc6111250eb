using Platform.Contracts;
using Platform.PartyBuilding.Compounds;

namespace Platform.PartyBuilding.Regions.Import;

/// <summary>
/// Checks every row of an import against the rules of <see cref="Region"/> (a parent may be an earlier or later row, or
/// a live region already stored) and, when all rows pass, the regions and compound profiles to insert, parents first.
/// Errors are keyed <c>rows[n].field</c>, n counting data rows from 1.
/// </summary>
internal sealed class ImportPlan
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public List<Region> Regions { get; } = [];
    public List<Compound> Compounds { get; } = [];
    public bool IsValid => _errors.Count == 0;

    public Dictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <param name="numbers">Each row's number, as its errors name it (rows[n].field).</param>
    public static ImportPlan Build(IReadOnlyList<ImportRow> rows, IReadOnlyList<int> numbers, IReadOnlyDictionary<string, Region> stored, DateTimeOffset now)
    {
        var plan = new ImportPlan();
        if (rows.Count == 0)
        {
            plan.Add("rows", "The import has no rows.");
            return plan;
        }

        var shaped = rows.Select((row, i) => plan.CheckShape(row, numbers[i], stored, now)).ToList();
        var rowOfCode = new Dictionary<string, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Code is { } code && !rowOfCode.TryAdd(code, numbers[i]))
            {
                plan.Add(numbers[i], "code", $"The code appears also in row {rowOfCode[code]}.");
            }
        }

        var inFile = shaped.Where(r => r is not null).GroupBy(r => r!.Code).ToDictionary(g => g.Key, g => g.First()!);
        for (var i = 0; i < rows.Count; i++)
        {
            if (shaped[i] is not { } region)
            {
                continue;
            }

            plan.CheckParent(region, numbers[i], rowOfCode, inFile, stored);
        }

        if (plan.IsValid)
        {
            plan.Regions.AddRange(shaped.Select(r => r!).OrderBy(r => r.Level is RegionLevel.Compound ? RegionLevel.Grid : r.Level));
            plan.Compounds.AddRange(rows.Where(r => r.Level is not null && Parse<RegionLevel>(r.Level) == RegionLevel.Compound)
                .Select(r => Compound.Create(r.Code!, r.ParentCode!, Parse<CompoundCategory>(r.Category)!.Value, r.Pilot ?? false,
                    r.PropertyCompany, Parse<CompoundCommittee>(r.Committee) ?? CompoundCommittee.None)));
        }

        return plan;
    }

    /// <summary>The row as a region when its own fields are valid, or null with its errors recorded.</summary>
    private Region? CheckShape(ImportRow row, int n, IReadOnlyDictionary<string, Region> stored, DateTimeOffset now)
    {
        var before = _errors.Count;
        var level = Parse<RegionLevel>(row.Level);
        if (level is null)
        {
            Add(n, "level", "The level is one of City, County, Street, Community, Grid, Compound.");
        }
        else if (RegionCode.Problem(row.Code, level.Value) is { } codeProblem)
        {
            Add(n, "code", codeProblem);
        }
        else if (stored.ContainsKey(row.Code!))
        {
            Add(n, "code", "A region with this code already exists.");
        }

        if (string.IsNullOrWhiteSpace(row.Name) || row.Name.Trim().Length > 100)
        {
            Add(n, "name", "The name has 1 to 100 characters.");
        }

        if (level == RegionLevel.Compound)
        {
            if (Parse<CompoundCategory>(row.Category) is null)
            {
                Add(n, "category", $"A compound needs its category. {CompoundKinds.CategoryDescription}");
            }

            if (row.Committee is not null && Parse<CompoundCommittee>(row.Committee) is null)
            {
                Add(n, "committee", CompoundKinds.CommitteeDescription);
            }

            if (row.PropertyCompany?.Trim().Length > 100)
            {
                Add(n, "propertyCompany", "The property company's name has at most 100 characters.");
            }
        }
        else if (row.Category is not null || row.Pilot is not null || row.PropertyCompany is not null || row.Committee is not null)
        {
            Add(n, "category", "Only a compound (小区) has a category, pilot flag, property company or committee.");
        }

        return _errors.Count == before ? Region.Register(row.Code!, row.Name!, level!.Value, row.ParentCode, now) : null;
    }

    private void CheckParent(Region region, int n, Dictionary<string, int> rowOfCode, Dictionary<string, Region> inFile,
        IReadOnlyDictionary<string, Region> stored)
    {
        Region? parent = null;
        if (region.ParentCode is { } parentCode)
        {
            if (inFile.TryGetValue(parentCode, out var fileParent))
            {
                parent = fileParent;
            }
            else if (stored.TryGetValue(parentCode, out var storedParent))
            {
                parent = storedParent;
            }
            else if (rowOfCode.TryGetValue(parentCode, out var parentRow))
            {
                Add(n, "parentCode", $"The parent is row {parentRow}, which is invalid.");
                return;
            }
        }

        foreach (var (field, messages) in Region.CheckRegistration(region.Code, region.Level, region.ParentCode, parent))
        {
            foreach (var message in messages)
            {
                Add(n, field, message);
            }
        }
    }

    /// <summary>An enum value by its name (any case); numbers are not names.</summary>
    private static TEnum? Parse<TEnum>(string? text) where TEnum : struct, Enum =>
        text is not null && !text.Any(char.IsAsciiDigit) && Enum.TryParse<TEnum>(text.Trim(), ignoreCase: true, out var value)
            && Enum.IsDefined(value) ? value : null;

    private void Add(int n, string field, string message) => Add($"rows[{n}].{field}", message);

    private void Add(string key, string message)
    {
        if (!_errors.TryGetValue(key, out var messages))
        {
            _errors[key] = messages = [];
        }

        messages.Add(message);
    }
}
