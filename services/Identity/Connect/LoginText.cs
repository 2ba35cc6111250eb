namespace Platform.Identity.Connect;

/// <summary>The sign-in page's words in Chinese (first) and English; the other language is offered by a link.</summary>
internal sealed record LoginText(
    string Lang, string App, string Title, string UserName, string Password, string Submit, string WrongCredentials,
    Func<int, string> Locked, string OtherLang, string OtherLangName)
{
    public static readonly LoginText Chinese = new(
        "zh-Hans", "五社联动 · 城市社区治理平台", "登录", "用户名", "密码", "登录", "用户名或密码错误",
        minutes => $"账号已锁定，请于 {minutes} 分钟后再试或联系管理员", "en", "English");

    public static readonly LoginText English = new(
        "en", "Five-society linkage · City community governance", "Sign in", "User name", "Password", "Sign in",
        "Wrong user name or password",
        minutes => $"This account is locked. Try again in {minutes} minute{(minutes == 1 ? "" : "s")} or ask your administrator.",
        "zh", "中文");

    /// <summary>An explicit choice (the switch link's <c>lang</c>) wins; otherwise the browser's most preferred of the two; Chinese by default.</summary>
    public static LoginText For(HttpContext context, string? lang)
    {
        if (Pick(lang) is { } chosen)
        {
            return chosen;
        }

        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Pick(l.Value.Value))
            .FirstOrDefault(t => t is not null);
        return preferred ?? Chinese;
    }

    private static LoginText? Pick(string? tag) => tag switch
    {
        null => null,
        _ when tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase) => Chinese,
        _ when tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) => English,
        _ => null,
    };
}
