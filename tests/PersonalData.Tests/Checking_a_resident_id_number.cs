namespace Platform.PersonalData.Tests;

public sealed class Checking_a_resident_id_number
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("11010519491231002X")] // the standard's own example
    [InlineData("440524198503150024")]
    [InlineData("511602199001011236")]
    [InlineData("11010519491231002x")] // a lower-case check character is the same number
    [InlineData(" 11010519491231002X ")]
    public void A_valid_number_has_no_problem(string value) =>
        Assert.Null(ResidentIdNumber.Problem(value, Today));

    [Theory]
    [InlineData(null, "18 characters")]
    [InlineData("", "18 characters")]
    [InlineData("   ", "18 characters")]
    [InlineData("11010519491231002", "18 characters")]
    [InlineData("51160219900101123", "18 characters")]
    [InlineData("5116021990010112370", "18 characters")]
    [InlineData("51160219900101123A", "17 digits")]
    [InlineData("5116021990010112X7", "17 digits")]
    [InlineData("1101051949123100X2", "17 digits")]
    [InlineData("511602199001011237", "check digit")]
    [InlineData("110105194912310021", "check digit")]
    [InlineData("511602199002301235", "birth date")]
    [InlineData("511602189912311230", "birth date")]
    [InlineData("440524188001010014", "birth date")] // right check character, but nobody born in 1880 registers today
    [InlineData("511602202701011231", "birth date")]
    public void An_invalid_number_is_explained(string? value, string reason) =>
        Assert.Contains(reason, ResidentIdNumber.Problem(value, Today), StringComparison.Ordinal);

    [Fact]
    public void The_check_character_follows_the_weights_mod_11() =>
        Assert.Equal('X', ResidentIdNumber.CheckCharacter("11010519491231002"));

    [Fact]
    public void A_lower_case_x_and_spaces_are_normalised() =>
        Assert.Equal("11010519491231002X", ResidentIdNumber.Normalise(" 11010519491231002x "));
}
