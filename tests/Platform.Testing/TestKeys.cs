using System.Security.Cryptography;

namespace Platform.Testing;

public static class TestKeys
{
    /// <summary>
    /// Fresh personal-data keys for the services hosted in this test process (as the AppHost generates them for a
    /// local run); services refuse to start without them.
    /// </summary>
    public static void SetPersonalDataKeys(params string[] sections)
    {
        foreach (var section in sections)
        {
            Environment.SetEnvironmentVariable($"{section}__PersonalDataKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            Environment.SetEnvironmentVariable($"{section}__PersonalDataHashKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
    }
}
