namespace Platform.Charity.Lottery;

public sealed record SalesFigures(DateOnly PeriodStart, DateOnly PeriodEnd, long SalesFen, long RevenueFen)
{
    public Dictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>();
        if (PeriodEnd < PeriodStart)
        {
            errors["periodEnd"] = ["The period ends on or after its first day."];
        }

        if (SalesFen <= 0)
        {
            errors["salesFen"] = ["Sales are a positive whole number of fen."];
        }

        if (RevenueFen <= 0)
        {
            errors["revenueFen"] = ["Revenue is a positive whole number of fen."];
        }
        else if (RevenueFen > SalesFen)
        {
            errors["revenueFen"] = ["The community's revenue is part of the sales, not more."];
        }

        return errors;
    }
}
