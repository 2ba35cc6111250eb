using Microsoft.Kiota.Abstractions;
using Platform.Clients.Incubation.Models;
using Platform.Web.Features.Organisations;

namespace Platform.Web.Tests.Organisations;

public sealed class Showing_grades : ComponentTest
{
    private static GradeResponse Grade(int grade, int score, Date evaluated) => new()
    {
        Grade = grade, Label = $"{grade}A", Score = score, EvaluatedOn = evaluated,
        ExpiresOn = new Date(evaluated.Year + 5, evaluated.Month, evaluated.Day), Actor = "王评估", Reason = "年度评估",
    };

    [Fact]
    public void The_history_lists_every_evaluation_with_its_grade_score_and_validity()
    {
        var history = Render<GradeHistory>(ps => ps.Add(p => p.Grades, [Grade(4, 86, new Date(2025, 3, 1)), Grade(3, 75, new Date(2022, 3, 1))]));

        var rows = history.FindAll("[data-testid=grade-row]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("4A", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("86", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2030-03-01", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("3A", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_organisation_never_graded_says_so()
    {
        var history = Render<GradeHistory>(ps => ps.Add(p => p.Grades, []));

        Assert.Equal("未评级", history.Find("[data-testid=no-grades]").TextContent);
    }

    [Fact]
    public void The_current_grade_shows_its_letter_or_not_graded()
    {
        var graded = Render<CurrentGrade>(ps => ps.Add(p => p.Grade, Grade(5, 95, new Date(2024, 6, 1))));
        var ungraded = Render<CurrentGrade>(ps => ps.Add(p => p.Grade, null));

        Assert.Equal("5A", graded.Find("[data-testid=current-grade]").TextContent);
        Assert.Equal("未评级", ungraded.Find("[data-testid=current-grade]").TextContent);
    }
}
