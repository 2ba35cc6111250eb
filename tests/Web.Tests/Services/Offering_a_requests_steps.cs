using Platform.Clients.Reporting.Models;
using Platform.Web.Features.Services;

namespace Platform.Web.Tests.Services;

public sealed class Offering_a_requests_steps : ComponentTest
{
    private IRenderedComponent<RequestActions> Actions(RequestState state, bool mayAct = true, Action<RequestStepCommand>? onStep = null) =>
        Render<RequestActions>(ps => ps
            .Add(p => p.State, state)
            .Add(p => p.MayAct, mayAct)
            .Add(p => p.OnStep, command => onStep?.Invoke(command)));

    private static string[] Steps(IRenderedComponent<RequestActions> actions) =>
        [.. actions.FindAll("[data-testid^=step-]").Select(b => b.GetAttribute("data-testid")!)];

    [Theory]
    [InlineData(RequestState.Reported, new[] { "step-accept" })]
    [InlineData(RequestState.Accepted, new[] { "step-assign" })]
    [InlineData(RequestState.Assigned, new[] { "step-assign", "step-resolve" })]
    [InlineData(RequestState.Resolved, new[] { "step-close" })]
    public void Each_state_offers_the_steps_the_workflow_allows_from_it(RequestState state, string[] expected)
    {
        var actions = Actions(state);

        Assert.Equal(expected, Steps(actions));
        Assert.All(actions.FindAll("[data-testid^=step-]"), b => Assert.Equal("true", b.GetAttribute("data-writes")));
    }

    [Fact]
    public void A_closed_request_offers_nothing()
    {
        Assert.Empty(Actions(RequestState.Closed).FindAll("[data-testid=request-actions]"));
    }

    [Fact]
    public void A_user_who_may_not_act_sees_no_step_and_nothing_that_writes()
    {
        var actions = Actions(RequestState.Reported, mayAct: false);

        Assert.Empty(actions.FindAll("[data-writes]"));
    }

    [Fact]
    public void Only_assigning_asks_to_whom()
    {
        Assert.Empty(Actions(RequestState.Reported).FindAll("[data-testid=assignee]"));
        Assert.NotEmpty(Actions(RequestState.Accepted).FindAll("[data-testid=assignee]"));
    }

    [Fact]
    public void Assigning_sends_the_assignee_and_the_note()
    {
        RequestStepCommand? taken = null;
        var actions = Actions(RequestState.Accepted, onStep: command => taken = command);

        actions.Find("input[data-testid=assignee]").Change("网格员李明");
        actions.Find("input[data-testid=note]").Change("今天上门");
        actions.Find("[data-testid=step-assign]").Click();

        Assert.Equal(new RequestStepCommand(RequestStep.Assign, "网格员李明", "今天上门"), taken);
    }
}
