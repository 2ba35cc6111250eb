namespace Platform.Web.Account;

/// <summary>The console's confidential client at Identity (<c>Console:ClientId</c>, <c>Console:ClientSecret</c>; the AppHost passes the secret).</summary>
public sealed class ConsoleClientOptions
{
    public const string Section = "Console";

    public string ClientId { get; set; } = "platform-console";
    public string ClientSecret { get; set; } = "";
}
