using Platform.Contracts.Charity;

namespace Platform.Charity.Supermarkets;

/// <summary>A charity supermarket (慈善超市) of a community, stocked by goods donations and spent from with love points.</summary>
public sealed class Supermarket
{
    private Supermarket()
    {
    }

    public Guid Id { get; private init; }
    public string Name { get; private init; } = "";
    public string CommunityCode { get; private init; } = "";
    public DateTimeOffset OpenedAt { get; private init; }

    public static Supermarket Open(string name, string communityCode, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), Name = name.Trim(), CommunityCode = communityCode, OpenedAt = now };

    public SupermarketOpened Opened() => new(Id, Name, CommunityCode, OpenedAt);
}
