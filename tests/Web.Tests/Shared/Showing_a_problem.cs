using Platform.Clients;
using Platform.Web.Components.Shared;

namespace Platform.Web.Tests.Shared;

public sealed class Showing_a_problem : ComponentTest
{
    private static ApiProblem Problem(int status, params (string Field, string Message)[] errors) =>
        new(status, "Title from the API", null, errors.ToDictionary(e => e.Field, e => new[] { e.Message }));

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public void A_region_or_record_out_of_reach_says_not_in_your_region(int status)
    {
        var alert = Render<ProblemAlert>(ps => ps.Add(p => p.Problem, Problem(status)));

        Assert.Contains("不在您的辖区", alert.Find("[data-testid=not-in-region]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_version_says_someone_else_changed_the_record()
    {
        var alert = Render<ProblemAlert>(ps => ps.Add(p => p.Problem, Problem(409, ("version", "stale"))));

        Assert.Contains("已被他人修改", alert.Find("[data-testid=problem]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_messages_the_form_does_not_show_are_listed_and_the_shown_ones_are_not()
    {
        var alert = Render<ProblemAlert>(ps => ps
            .Add(p => p.Problem, Problem(400, ("idNumber", "The check digit does not match."), ("rows[3].communityCode", "No live community.")))
            .Add(p => p.ShownFields, ["idNumber"]));

        var text = alert.Find("[data-testid=problem]").TextContent;
        Assert.Contains("rows[3].communityCode", text, StringComparison.Ordinal);
        Assert.DoesNotContain("check digit", text, StringComparison.Ordinal);
    }
}
