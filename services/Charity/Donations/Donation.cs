using Platform.Charity.Funds;
using Platform.Charity.Ledger;
using Platform.Charity.Supermarkets;
using Platform.Contracts.Charity;

namespace Platform.Charity.Donations;

/// <summary>A donation of money to a fund or of goods to a supermarket, with its unique receipt number (收据编号).</summary>
public sealed class Donation
{
    private Donation()
    {
    }

    public Guid Id { get; private init; }
    public string ReceiptNumber { get; private init; } = "";
    public DonationKind Kind { get; private init; }
    public DonorKind DonorKind { get; private init; }
    public string? DonorName { get; private init; }
    /// <summary>Money given, or the declared value of goods, in fen.</summary>
    public long AmountFen { get; private init; }
    public Guid? FundId { get; private init; }
    public Guid? SupermarketId { get; private init; }
    public string? ItemName { get; private init; }
    public int? Quantity { get; private init; }
    public string CommunityCode { get; private init; } = "";
    public string RecordedBy { get; private init; } = "";
    public DateTimeOffset ReceivedAt { get; private init; }
    /// <summary>When the donation's journal entry was reversed (红字冲销): the gift is void and leaves the donation list's feed.</summary>
    public DateTimeOffset? ReversedAt { get; private set; }
    public uint Version { get; private set; }

    /// <summary>
    /// The rules beyond the request's shape, as field → messages; the fund or supermarket is the one the request names and
    /// <paramref name="maxAmountFen"/> the configured ceiling (<see cref="DonationLimitOptions.MaxAmountFen"/>).
    /// </summary>
    public static Dictionary<string, string[]> Check(DonationDraft draft, Fund? fund, Supermarket? supermarket, long maxAmountFen)
    {
        var errors = new Dictionary<string, string[]>();
        if (draft.AmountFen <= 0)
        {
            errors["amountFen"] = ["An amount is a positive whole number of fen."];
        }
        else if (draft.AmountFen > maxAmountFen)
        {
            errors["amountFen"] = [$"A single donation is at most {maxAmountFen} fen; a larger gift is booked by agreement with the federation."];
        }

        if (draft.DonorKind == DonorKind.Anonymous && !string.IsNullOrWhiteSpace(draft.DonorName))
        {
            errors["donorName"] = ["An anonymous donation names no donor."];
        }

        if (draft.Kind == DonationKind.Money)
        {
            if (fund is null)
            {
                errors["fundId"] = ["A money donation goes to a known fund."];
            }

            if (draft.SupermarketId is not null || draft.ItemName is not null)
            {
                errors["supermarketId"] = ["Money goes to a fund, not to a supermarket's shelf."];
            }
        }
        else
        {
            if (supermarket is null)
            {
                errors["supermarketId"] = ["A goods donation stocks a known supermarket."];
            }

            if (string.IsNullOrWhiteSpace(draft.ItemName))
            {
                errors["itemName"] = ["Name the goods."];
            }

            if (draft.Quantity is not > 0)
            {
                errors["quantity"] = ["A goods donation has a positive quantity."];
            }

            if (draft.PointsPrice is not > 0)
            {
                errors["pointsPrice"] = ["Goods are priced in a positive number of love points."];
            }
        }

        return errors;
    }

    /// <param name="receiptNumber">The caller's receipt number, or null to have one generated.</param>
    public static Donation Receive(DonationDraft draft, string? receiptNumber, string communityCode, string recordedBy, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new()
        {
            Id = id, ReceiptNumber = receiptNumber ?? GenerateReceiptNumber(id, now), Kind = draft.Kind, DonorKind = draft.DonorKind,
            DonorName = string.IsNullOrWhiteSpace(draft.DonorName) ? null : draft.DonorName.Trim(), AmountFen = draft.AmountFen,
            FundId = draft.Kind == DonationKind.Money ? draft.FundId : null,
            SupermarketId = draft.Kind == DonationKind.Goods ? draft.SupermarketId : null,
            ItemName = draft.Kind == DonationKind.Goods ? draft.ItemName!.Trim() : null,
            Quantity = draft.Kind == DonationKind.Goods ? draft.Quantity : null,
            CommunityCode = communityCode, RecordedBy = recordedBy, ReceivedAt = now,
        };
    }

    /// <summary>Money: into the fund from donations in transit. Goods: onto the supermarket's stock at declared value.</summary>
    public JournalEntry Entry() => Kind == DonationKind.Money
        ? JournalEntry.Create(JournalEntryKind.Donation, CommunityCode, Id, $"Donation {ReceiptNumber}", ReceivedAt,
            [JournalLine.Debit(Accounts.DonationsInTransit, AmountFen), JournalLine.Credit(Accounts.Fund(FundId!.Value), AmountFen)])
        : JournalEntry.Create(JournalEntryKind.GoodsDonation, CommunityCode, Id, $"Goods donation {ReceiptNumber}: {ItemName} × {Quantity}", ReceivedAt,
            [JournalLine.Debit(Accounts.GoodsStock(SupermarketId!.Value), AmountFen), JournalLine.Credit(Accounts.GoodsInKind(SupermarketId!.Value), AmountFen)]);

    /// <summary>Marks the donation void when its entry is reversed; a reversal is posted once, so this happens once.</summary>
    public void Reverse(DateTimeOffset now) => ReversedAt ??= now;

    public DonationReceived Received() =>
        new(Id, ReceiptNumber, Kind, DonorKind, AmountFen, FundId, SupermarketId, CommunityCode, ReceivedAt);

    /// <summary>A receipt number when the caller gives none: the city day and the donation's own id.</summary>
    private static string GenerateReceiptNumber(Guid id, DateTimeOffset now) => $"CS{now:yyyyMMdd}-{id.ToString("N")[^10..].ToUpperInvariant()}";
}

/// <summary>What a donation request asks for, once its shape is valid.</summary>
public sealed record DonationDraft(
    DonationKind Kind, DonorKind DonorKind, string? DonorName, long AmountFen, Guid? FundId, Guid? SupermarketId,
    string? ItemName, int? Quantity, long? PointsPrice);
