namespace Platform.Web.Account;

/// <summary>The one claim the console adds to what Identity's id token says: the key of the server-side session holding the tokens.</summary>
public static class ConsoleClaims
{
    public const string Session = "console_session";
}
