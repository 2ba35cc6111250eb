namespace Platform.PersonalData;

public static class PhoneNumber
{
    /// <summary>"13812345678" → "138****5678"; short numbers keep only their last two characters.</summary>
    public static string Mask(string phone) =>
        phone.Length >= 11 ? $"{phone[..3]}{new string('*', phone.Length - 7)}{phone[^4..]}"
        : phone.Length > 2 ? $"{new string('*', phone.Length - 2)}{phone[^2..]}"
        : new string('*', phone.Length);
}
