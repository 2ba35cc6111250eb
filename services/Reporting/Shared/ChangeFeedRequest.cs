namespace Platform.Reporting.Shared;

/// <summary>The parameters of a change feed: the region (the caller's by default), the <c>after</c> token and the page size.</summary>
public static class ChangeFeedRequest
{
    public static async Task<(string? Prefix, ChangeToken Token, PageRequest Paging, IResult? Refusal)> ResolveAsync(
        string? region, string? after, int? pageSize, ClaimsPrincipal user, RegionDirectory regions, CancellationToken ct)
    {
        var token = ChangeToken.Parse(after);
        var errors = token is null ? new Dictionary<string, string[]> { ["after"] = ["Pass the next token of the previous page, or nothing to start."] } : [];
        var paging = new PageRequest(null, pageSize);
        var (prefix, refusal) = await regions.ResolveListAsync(region, user, paging, ct, errors);
        return (prefix, token ?? ChangeToken.Start, paging, refusal);
    }
}
