using Platform.Web.Features.Charity;

namespace Platform.Web.Tests.Charity;

public sealed class Converting_money_between_fen_and_yuan
{
    [Theory]
    [InlineData(123450L, "¥1,234.50")]
    [InlineData(5L, "¥0.05")]
    [InlineData(0L, "¥0.00")]
    [InlineData(-99L, "-¥0.99")]
    [InlineData(123456789012L, "¥1,234,567,890.12")]
    public void Fen_are_shown_as_yuan_with_two_decimals_and_thousands_separators(long fen, string shown) =>
        Assert.Equal(shown, Money.Yuan(fen));

    [Fact]
    public void No_amount_is_shown_as_nothing() => Assert.Equal("", Money.Yuan(null));

    [Theory]
    [InlineData("1234.5", 123450L)]
    [InlineData("¥1,234.56", 123456L)]
    [InlineData("0.1", 10L)]
    [InlineData("0.07", 7L)]
    [InlineData("  12 ", 1200L)]
    public void Yuan_typed_by_a_person_become_exact_fen(string typed, long fen) => Assert.Equal(fen, Money.ParseFen(typed));

    [Theory]
    [InlineData("0.001")]
    [InlineData("1.005")]
    [InlineData("abc")]
    [InlineData("")]
    public void An_amount_finer_than_a_fen_or_not_a_number_is_refused_not_rounded(string typed) => Assert.Null(Money.ParseFen(typed));

    [Fact]
    public void Decimal_yuan_convert_without_floating_point_error()
    {
        // 0.1 + 0.2 is not 0.3 in binary floating point; in decimal it is, to the fen.
        Assert.Equal(30L, Money.ToFen(0.1m + 0.2m));
        Assert.Equal(1999L, Money.ToFen(19.99m));
        Assert.Null(Money.ToFen(19.999m));
        Assert.Null(Money.ToFen(null));
    }
}
