namespace Platform.PersonalData;

/// <summary>A mainland mobile number: 11 digits starting with 1.</summary>
public static class PhoneNumber
{
    public static string? Problem(string? value) =>
        value is { Length: 11 } && value[0] == '1' && Digits.AllAscii(value)
            ? null
            : "A phone number has 11 digits and starts with 1.";

    /// <summary>
    /// What a response or a log line may show: "13812345678" → "138****5678". A shorter number (a landline) keeps only
    /// its last two characters, so that masking never shows most of it.
    /// </summary>
    public static string Mask(string phone) =>
        phone.Length >= 11 ? string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4))
        : phone.Length > 2 ? string.Concat(new string('*', phone.Length - 2), phone.AsSpan(phone.Length - 2))
        : new string('*', phone.Length);
}
