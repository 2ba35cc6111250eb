using Microsoft.Extensions.Configuration;
using Platform.PersonalData;

namespace Platform.PartyBuilding.Tests.PersonalData;

public sealed class Checking_and_protecting_resident_ids
{
    [Theory]
    [InlineData("11010519491231002X")] // the example of GB 11643
    [InlineData("11010519491231002x")]
    [InlineData("440524188001010014")]
    public void A_number_with_the_right_check_character_passes(string id) => Assert.Null(ResidentIdNumber.Problem(id));

    [Theory]
    [InlineData("110105194912310021")]
    [InlineData("11010519491231002")]
    [InlineData("1101051949123100X2")]
    [InlineData("")]
    public void A_wrong_length_digit_or_check_character_fails(string id) => Assert.NotNull(ResidentIdNumber.Problem(id));

    [Fact]
    public void A_number_is_masked_to_its_first_and_last_four() =>
        Assert.Equal("1101**********002X", ResidentIdNumber.Mask("11010519491231002X"));

    [Fact]
    public void Encryption_round_trips_differs_each_time_and_the_hash_is_stable()
    {
        var protector = Protector(PersonalDataKeys.Generate(), PersonalDataKeys.Generate());

        var a = protector.Encrypt("11010519491231002X");
        var b = protector.Encrypt("11010519491231002X");

        Assert.NotEqual(a, b);
        Assert.Equal("11010519491231002X", protector.Decrypt(b));
        Assert.Equal(protector.Hash("11010519491231002X"), protector.Hash("11010519491231002X"));
    }

    [Fact]
    public void A_long_generated_secret_is_stretched_and_a_short_one_is_refused()
    {
        var protector = Protector(new string('k', 44), new string('h', 44));
        Assert.Equal("x", protector.Decrypt(protector.Encrypt("x")));
        Assert.Throws<InvalidOperationException>(() => Protector("short", "short"));
    }

    private static PersonalDataProtector Protector(string key, string hashKey) =>
        new(PersonalDataKeys.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["S:PersonalDataKey"] = key,
            ["S:PersonalDataHashKey"] = hashKey,
        }).Build(), "S"));
}
