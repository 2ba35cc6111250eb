namespace Platform.PersonalData;

/// <summary>A mainland mobile number: 11 digits starting with 1.</summary>
public static class PhoneNumber
{
    public static string? Problem(string? value) =>
        value is { Length: 11 } && value[0] == '1' && Digits.AllAscii(value)
            ? null
            : "A phone number has 11 digits and starts with 1.";
}
