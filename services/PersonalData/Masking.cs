namespace Platform.PersonalData;

/// <summary>What a response or a log line may show of personal data.</summary>
public static class Masking
{
    /// <summary>"511602199001011234" → "5116**********1234".</summary>
    public static string IdNumber(string value) =>
        value.Length <= 8 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 4), new string('*', value.Length - 8), value.AsSpan(value.Length - 4));

    /// <summary>"13812345678" → "138****5678".</summary>
    public static string Phone(string value) =>
        value.Length <= 7 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));
}
