using Platform.Incubation.Organisations;

namespace Platform.Incubation.Tests.Rules;

public sealed class Deriving_the_current_grade
{
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private static OrganisationGrade Graded(int grade, DateOnly on) => OrganisationGrade.Record(Organisation, grade, 80, on, "x", null, Now);

    [Fact]
    public void A_grade_counts_for_five_years_from_its_evaluation()
    {
        var grade = Graded(4, new DateOnly(2021, 6, 1));

        Assert.Equal(new DateOnly(2026, 6, 1), grade.ExpiresOn);
        Assert.Equal("4A", grade.Label);
        Assert.True(grade.IsValidOn(new DateOnly(2026, 5, 31)));
        Assert.False(grade.IsValidOn(new DateOnly(2026, 6, 1)));
        Assert.False(grade.IsValidOn(new DateOnly(2021, 5, 31)));
    }

    [Fact]
    public void The_latest_unexpired_evaluation_is_the_current_grade_and_expired_ones_stop_counting()
    {
        var old = Graded(5, new DateOnly(2020, 1, 10));
        var later = Graded(3, new DateOnly(2023, 3, 1));

        Assert.Equal(3, OrganisationGrade.CurrentOf([old, later], new DateOnly(2024, 1, 1))!.Grade);
        Assert.Equal(5, OrganisationGrade.CurrentOf([old], new DateOnly(2024, 12, 31))!.Grade);
        Assert.Null(OrganisationGrade.CurrentOf([old], new DateOnly(2025, 1, 10)));
        Assert.Equal(3, OrganisationGrade.CurrentOf([old, later], new DateOnly(2026, 11, 25))!.Grade);
        Assert.Null(OrganisationGrade.CurrentOf([old, later], new DateOnly(2028, 3, 1)));
    }

    [Fact]
    public void An_evaluation_may_be_recorded_late_but_not_ahead_of_time()
    {
        var today = new DateOnly(2026, 11, 25);

        Assert.Empty(OrganisationGrade.Check(today.AddYears(-2), today));
        Assert.Empty(OrganisationGrade.Check(today.AddDays(1), today));
        Assert.Equal(["evaluatedOn"], OrganisationGrade.Check(today.AddDays(2), today).Keys);
    }
}
