using Platform.Charity.Federations;
using Platform.Charity.Ledger;
using Platform.Contracts.Charity;

namespace Platform.Charity.Funds;

/// <summary>A community charity fund (社区慈善基金) set up under a federation; one per community.</summary>
public sealed class Fund
{
    private Fund()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public Guid FederationId { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public FundStatus Status { get; private set; }
    public DateTimeOffset EstablishedAt { get; private init; }
    public uint Version { get; private set; }

    public string Account => Accounts.Fund(Id);

    public static Dictionary<string, string[]> CheckEstablishment(Federation? federation, string communityCode, bool communityIsLive)
    {
        var errors = new Dictionary<string, string[]>();
        if (federation is null)
        {
            errors["federationId"] = ["No federation has this id."];
        }

        if (!communityIsLive)
        {
            errors["communityCode"] = ["No live community has this code."];
        }
        else if (federation is not null && !federation.Covers(communityCode))
        {
            errors["communityCode"] = ["The community lies outside the federation's region."];
        }

        return errors;
    }

    public static Fund Establish(string name, Federation federation, string communityCode, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now), Name = name.Trim(), FederationId = federation.Id, CommunityCode = communityCode,
            Status = FundStatus.Active, EstablishedAt = now,
        };

    /// <summary>A suspended or closed fund takes no donations and pays nothing out; a closed one never reopens.</summary>
    public string? ChangeStatus(FundStatus status)
    {
        if (Status == FundStatus.Closed && status != FundStatus.Closed)
        {
            return "A closed fund does not reopen.";
        }

        Status = status;
        return null;
    }

    public bool IsActive => Status == FundStatus.Active;

    public FundEstablished Established() => new(Id, Name, CommunityCode, FederationId, EstablishedAt);
}

public enum FundStatus
{
    Active = 1,
    Suspended = 2,
    Closed = 3,
}
