namespace Platform.PersonalData;

internal static class Digits
{
    public static bool AllAscii(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');
}
