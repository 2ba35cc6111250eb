using Platform.Clients.Reporting.Models;

namespace Platform.Web.Features.Services;

public enum RequestStep
{
    Accept,
    Assign,
    Resolve,
    Close,
}

/// <summary>A step the user chose, with whom it is assigned to and a note.</summary>
public sealed record RequestStepCommand(RequestStep Step, string? Assignee, string? Note);

/// <summary>The workflow as the API keeps it: reported → accepted → assigned (again) → resolved → closed.</summary>
public static class RequestSteps
{
    public static IReadOnlyList<RequestStep> From(RequestState? state) => state switch
    {
        RequestState.Reported => [RequestStep.Accept],
        RequestState.Accepted => [RequestStep.Assign],
        RequestState.Assigned => [RequestStep.Assign, RequestStep.Resolve],
        RequestState.Resolved => [RequestStep.Close],
        _ => [],
    };
}
