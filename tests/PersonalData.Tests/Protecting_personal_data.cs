using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Platform.PersonalData.Tests;

public sealed class Protecting_personal_data
{
    private static readonly PersonalDataProtector Protector = new(new PersonalDataKeys(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32)));

    [Fact]
    public void A_value_round_trips_and_its_ciphertext_never_contains_it()
    {
        var sealedValue = Protector.Encrypt("11010519491231002X");

        Assert.Equal("11010519491231002X", Protector.Decrypt(sealedValue));
        Assert.DoesNotContain("11010519491231002X", Encoding.UTF8.GetString(sealedValue), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_value_encrypts_differently_each_time() =>
        Assert.NotEqual(Protector.Encrypt("13812345678"), Protector.Encrypt("13812345678"));

    [Fact]
    public void A_tampered_ciphertext_is_refused()
    {
        var sealedValue = Protector.Encrypt("13812345678");
        sealedValue[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => Protector.Decrypt(sealedValue));
    }

    [Fact]
    public void The_keyed_hash_is_stable_and_depends_on_the_key()
    {
        var other = new PersonalDataProtector(new PersonalDataKeys(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32)));

        Assert.Equal(Protector.Hash("11010519491231002X"), Protector.Hash("11010519491231002X"));
        Assert.NotEqual(Protector.Hash("11010519491231002X"), other.Hash("11010519491231002X"));
    }

    [Fact]
    public void Keys_that_are_not_32_bytes_are_refused() =>
        Assert.Throws<ArgumentException>(() => new PersonalDataKeys(new byte[16], new byte[32]));

    [Fact]
    public void Base64_keys_from_configuration_encrypt_and_hash()
    {
        var protector = FromConfiguration(PersonalDataKeys.Generate(), PersonalDataKeys.Generate());

        var a = protector.Encrypt("11010519491231002X");
        var b = protector.Encrypt("11010519491231002X");

        Assert.NotEqual(a, b);
        Assert.Equal("11010519491231002X", protector.Decrypt(b));
        Assert.Equal(protector.Hash("11010519491231002X"), protector.Hash("11010519491231002X"));
    }

    [Fact]
    public void A_long_generated_secret_is_stretched_into_a_key()
    {
        // Aspire's generated parameters are letters and digits, not base64 of 32 bytes.
        var protector = FromConfiguration(new string('k', 44), new string('h', 44));
        var same = FromConfiguration(new string('k', 44), new string('h', 44));
        var other = FromConfiguration(new string('k', 44), new string('g', 44));

        Assert.Equal("x", same.Decrypt(protector.Encrypt("x")));
        Assert.Equal(protector.Hash("x"), same.Hash("x"));
        Assert.NotEqual(protector.Hash("x"), other.Hash("x"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bm90LTMyLWJ5dGVz")] // base64, but of 12 bytes
    [InlineData("not base64 at all")]
    [InlineData("short")]
    public void A_missing_or_short_key_stops_the_service(string? key)
    {
        Assert.Throws<InvalidOperationException>(() => FromConfiguration(key, PersonalDataKeys.Generate()));
        Assert.Throws<InvalidOperationException>(() => FromConfiguration(PersonalDataKeys.Generate(), key));
    }

    [Theory]
    [InlineData("511602199001011236", "5116**********1236")]
    [InlineData("11010519491231002X", "1101**********002X")]
    [InlineData("12345678", "********")]
    public void Id_numbers_show_only_their_first_and_last_four(string value, string masked) =>
        Assert.Equal(masked, ResidentIdNumber.Mask(value));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("02812345", "******45")] // a landline shows only its last two
    [InlineData("12", "**")]
    public void Phones_are_masked(string value, string masked) =>
        Assert.Equal(masked, PhoneNumber.Mask(value));

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("23812345678", false)]
    [InlineData("1381234567", false)]
    [InlineData("1381234567a", false)]
    public void A_phone_is_11_digits_starting_with_1(string value, bool valid) =>
        Assert.Equal(valid, PhoneNumber.Problem(value) is null);

    private static PersonalDataProtector FromConfiguration(string? key, string? hashKey) =>
        new(PersonalDataKeys.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["S:PersonalDataKey"] = key,
            ["S:PersonalDataHashKey"] = hashKey,
        }).Build(), "S"));
}
