namespace Platform.Web.Account;

/// <summary>The user's server-side session is gone or its refresh token was refused: they must sign in again.</summary>
public sealed class SessionEndedException(string message) : Exception(message);
