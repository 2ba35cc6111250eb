using Platform.Clients;
using Platform.Web.Features.Services;

namespace Platform.Web.Tests.Services;

public sealed class Reporting_an_imports_errors_by_row : ComponentTest
{
    private static ApiProblem Problem(params (string Field, string Message)[] errors) =>
        new(400, "One or more validation errors occurred.", null, errors.ToDictionary(e => e.Field, e => new[] { e.Message }));

    private static string[][] Rows(IRenderedComponent<ImportRowErrors> report) =>
        [.. report.FindAll("[data-testid=row-error]").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToArray())];

    [Fact]
    public void Each_message_is_a_row_of_row_number_field_and_message_in_row_order()
    {
        var report = Render<ImportRowErrors>(ps => ps.Add(p => p.Problem, Problem(
            ("rows[12].date", "A date is yyyy-MM-dd."),
            ("rows[3].communityCode", "No live community (社区) has this code."))));

        Assert.Equal(
            [["3", "communityCode", "No live community (社区) has this code."], ["12", "date", "A date is yyyy-MM-dd."]],
            Rows(report));
        Assert.Contains("2", report.Find("caption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_as_a_whole_and_the_files_header_are_named_as_such()
    {
        var report = Render<ImportRowErrors>(ps => ps.Add(p => p.Problem, Problem(
            ("rows[2].$", "The row has too many columns."),
            ("header", "Missing column: date."))));

        Assert.Equal([["整个文件", "header", "Missing column: date."], ["2", "整行", "The row has too many columns."]], Rows(report));
    }

    [Fact]
    public void Every_message_of_a_field_has_its_own_row()
    {
        var problem = new ApiProblem(400, null, null, new Dictionary<string, string[]> { ["rows[1].beneficiaries"] = ["Required.", "At least 0."] });

        var report = Render<ImportRowErrors>(ps => ps.Add(p => p.Problem, problem));

        Assert.Equal(2, report.FindAll("[data-testid=row-error]").Count);
    }

    [Fact]
    public void Without_a_problem_there_is_no_table()
    {
        var report = Render<ImportRowErrors>(ps => ps.Add(p => p.Problem, null));

        Assert.Empty(report.FindAll("[data-testid=row-errors]"));
    }
}
