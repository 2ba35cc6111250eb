using Microsoft.Kiota.Abstractions;
using Platform.Clients;

namespace Platform.Web.Api;

/// <summary>What a call to the API gave: its value, or the problem the API answered with (never both).</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;

    /// <summary>403 or 404: a region or record out of the user's reach, or one that does not exist; the API does not say which.</summary>
    public bool IsOutOfReach => Problem?.Status is 403 or 404;
}

public static class ApiCalls
{
    /// <summary>
    /// Runs a call of the typed clients and turns an error answer into its problem. A session that has ended is not an
    /// answer: it propagates, and the layout offers to sign in again.
    /// </summary>
    public static async Task<ApiResult<T>> TryAsync<T>(Func<Task<T?>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return new ApiResult<T>(await call(), null);
        }
        catch (ApiException failure)
        {
            return new ApiResult<T>(default, ApiProblem.From(failure));
        }
    }

    /// <summary>A command that answers nothing (204).</summary>
    public static async Task<ApiProblem?> TryAsync(Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            await call();
            return null;
        }
        catch (ApiException failure)
        {
            return ApiProblem.From(failure);
        }
    }
}
