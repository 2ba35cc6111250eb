using System.Security.Cryptography;
using System.Text;

namespace Platform.PersonalData.Tests;

public sealed class Protecting_personal_data
{
    private static readonly PersonalDataProtector Protector = new(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));

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
        var other = new PersonalDataProtector(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));

        Assert.Equal(Protector.Hash("11010519491231002X"), Protector.Hash("11010519491231002X"));
        Assert.NotEqual(Protector.Hash("11010519491231002X"), other.Hash("11010519491231002X"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bm90LTMyLWJ5dGVz")]
    [InlineData("not base64 at all")]
    public void A_missing_or_short_key_stops_the_service(string? key) =>
        Assert.Throws<InvalidOperationException>(() => PersonalDataProtector.FromBase64(key, Convert.ToBase64String(new byte[32])));

    [Fact]
    public void Id_numbers_and_phones_are_masked()
    {
        Assert.Equal("5116**********1236", Masking.IdNumber("511602199001011236"));
        Assert.Equal("138****5678", Masking.Phone("13812345678"));
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("23812345678", false)]
    [InlineData("1381234567", false)]
    [InlineData("1381234567a", false)]
    public void A_phone_is_11_digits_starting_with_1(string value, bool valid) =>
        Assert.Equal(valid, PhoneNumber.Problem(value) is null);
}
