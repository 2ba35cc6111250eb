using Platform.Contracts;

namespace Platform.Incubation.Tests.Rules;

/// <summary>GB 32100: weights 1,3,9,…,28 over the first 17 characters; check = 31 − (sum mod 31), 31 becoming 0.</summary>
public sealed class Checking_a_credit_code
{
    [Theory]
    [InlineData("91350100M000100Y43")] // the sample printed in many references
    [InlineData("91110000802100433B")]
    [InlineData("52511603MJ123456C7")]
    [InlineData("123456789012345678")]
    public void A_code_whose_18th_character_matches_the_rule_is_valid(string code)
    {
        var first17 = code[..17];
        var valid = first17 + CreditCode.CheckCharacter(first17);

        Assert.Null(CreditCode.Problem(valid));
        Assert.Equal(code == valid, CreditCode.Problem(code) is null);
    }

    [Fact]
    public void The_printed_samples_are_valid_as_printed()
    {
        Assert.Null(CreditCode.Problem("91350100M000100Y43"));
        Assert.Null(CreditCode.Problem("91110000802100433B"));
    }

    [Fact]
    public void A_remainder_of_zero_gives_the_check_character_0()
    {
        // Weighted sum 0 (all zeros): 31 − 0 = 31, which the rule maps to 0.
        Assert.Equal('0', CreditCode.CheckCharacter("00000000000000000"));
        Assert.Null(CreditCode.Problem("000000000000000000"));
    }

    [Theory]
    [InlineData("91350100M000100Y44", "check character")]
    [InlineData("91350100M000100Y4", "18 characters")]
    [InlineData("91350100M000100Y433", "18 characters")]
    [InlineData("91350100I000100Y43", "other than I, O, Z, S and V")]
    [InlineData("91350100O000100Y43", "other than I, O, Z, S and V")]
    [InlineData("91350100S000100Y43", "other than I, O, Z, S and V")]
    [InlineData("91350100m000100Y43", "other than I, O, Z, S and V")]
    public void Codes_breaking_the_rule_are_refused_with_the_reason(string code, string reason) =>
        Assert.Contains(reason, CreditCode.Problem(code), StringComparison.Ordinal);

    [Fact]
    public void Every_other_check_character_is_refused()
    {
        const string first17 = "91350100M000100Y4";
        var refused = "0123456789ABCDEFGHJKLMNPQRTUWXY".Where(c => c != '3').Count(c => CreditCode.Problem(first17 + c) is not null);

        Assert.Equal(30, refused);
    }

    [Fact]
    public void Lower_case_input_is_normalised_before_checking() =>
        Assert.Null(CreditCode.Problem(CreditCode.Normalise(" 91350100m000100y43 ")));
}
