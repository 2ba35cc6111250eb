using Platform.Clients.Incubation.Models;
using Platform.Web.Account;
using Platform.Web.Features.Organisations;

namespace Platform.Web.Tests.Organisations;

public sealed class Showing_an_organisations_state : ComponentTest
{
    private static readonly ConsoleUser CommunityWorker = new("c-1", "李社区", ["community-worker"], "511603001001", null);
    private static readonly ConsoleUser Operator = new("o-1", "梨园", ["organisation-operator"], "511603001001", Guid.NewGuid());
    private static readonly ConsoleUser Auditor = new("a-1", "审计", ["auditor"], "511600", null);

    [Theory]
    [InlineData(OrganisationState.Applied, "已申请")]
    [InlineData(OrganisationState.Incubating, "孵化中")]
    [InlineData(OrganisationState.Graduated, "已出壳")]
    [InlineData(OrganisationState.Revoked, "已撤销")]
    public void The_chip_names_the_state_in_words(OrganisationState state, string words)
    {
        var chip = Render<OrganisationStateChip>(ps => ps.Add(p => p.State, state));

        Assert.Equal(words, chip.Find("[data-testid=state-chip]").TextContent.Trim());
    }

    [Theory]
    [InlineData(OrganisationState.Applied, "file", "revoke")]
    [InlineData(OrganisationState.Filed, "incubate", "revoke")]
    [InlineData(OrganisationState.Incubating, "graduate", "revoke")]
    [InlineData(OrganisationState.Graduated, "revoke")]
    [InlineData(OrganisationState.Revoked)]
    public void Staff_are_offered_only_the_steps_the_state_allows(OrganisationState state, params string[] expected)
    {
        var actions = Render<OrganisationActions>(ps => ps.Add(p => p.User, CommunityWorker).Add(p => p.State, state));

        var offered = actions.FindAll("[data-writes=true]").Select(b => b.GetAttribute("data-testid")!.Replace("action-", "", StringComparison.Ordinal));
        Assert.Equal(expected, offered);
    }

    [Fact]
    public void An_operator_and_an_auditor_are_offered_no_lifecycle_step()
    {
        foreach (var user in new[] { Operator, Auditor })
        {
            var actions = Render<OrganisationActions>(ps => ps.Add(p => p.User, user).Add(p => p.State, OrganisationState.Filed));

            Assert.Empty(actions.FindAll("[data-writes]"));
        }
    }

    [Fact]
    public void Choosing_a_step_tells_the_page_which()
    {
        LifecycleAction? chosen = null;
        var actions = Render<OrganisationActions>(ps => ps.Add(p => p.User, CommunityWorker).Add(p => p.State, OrganisationState.Filed)
            .Add(p => p.OnAction, (LifecycleAction a) => chosen = a));

        actions.Find("[data-testid=action-incubate]").Click();

        Assert.Equal(LifecycleAction.Incubate, chosen);
    }

    [Fact]
    public void Only_staff_grade_and_only_an_active_organisation()
    {
        Assert.True(OrganisationLifecycle.MayGrade(CommunityWorker, OrganisationState.Incubating));
        Assert.False(OrganisationLifecycle.MayGrade(CommunityWorker, OrganisationState.Applied));
        Assert.False(OrganisationLifecycle.MayGrade(CommunityWorker, OrganisationState.Revoked));
        Assert.False(OrganisationLifecycle.MayGrade(Operator, OrganisationState.Graduated));
        Assert.False(OrganisationLifecycle.MayGrade(Auditor, OrganisationState.Graduated));
    }

    [Fact]
    public void An_operator_may_complete_an_approved_project_and_an_auditor_may_not()
    {
        var approved = new ProjectResponse { Status = ProjectStatus.Approved };

        Assert.True(OrganisationLifecycle.MayComplete(Operator, approved));
        Assert.False(OrganisationLifecycle.MayComplete(Operator, new ProjectResponse { Status = ProjectStatus.Completed }));
        Assert.False(OrganisationLifecycle.MayComplete(Auditor, approved));
    }
}
