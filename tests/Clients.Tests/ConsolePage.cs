using System.Text;
using Platform.Testing;

namespace Platform.Clients.Tests;

/// <summary>
/// One test's browser context on the console (its own cookies, Chinese locale) and its page. Collects the page's console
/// errors so that a failure can tell what the browser saw; on a failed test <see cref="DisposeAsync"/> keeps a
/// screenshot, the address and those errors under <c>artifacts/failures</c>.
/// </summary>
public sealed class ConsolePage : IAsyncDisposable
{
    /// <summary>What the console shows once a user is signed in; the console sets it.</summary>
    public const string SignedInUser = "[data-testid=\"signed-in-user\"]";

    /// <summary>What the console sets on its body after the first interactive render, once Blazor's circuit is up.</summary>
    public const string Interactive = "body[data-interactive=\"true\"]";

    private static readonly float Timeout = (float)TimeSpan.FromSeconds(30).TotalMilliseconds;

    private readonly ConsoleFixture _console;
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    private ConsolePage(ConsoleFixture console, IBrowserContext context, IPage page)
    {
        _console = console;
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add(message.Text);
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add(error);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>The console errors and uncaught exceptions the page has had so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public static async Task<ConsolePage> OpenAsync(ConsoleFixture console, ConsoleViewport viewport = ConsoleViewport.Desktop)
    {
        var context = await console.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = console.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = viewport == ConsoleViewport.Tablet ? new() { Width = 1024, Height = 768 } : new() { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(Timeout);
        context.SetDefaultNavigationTimeout(Timeout);
        return new ConsolePage(console, context, await context.NewPageAsync());
    }

    /// <summary>Opens the console's root, is sent to Identity's sign-in form, signs in as <c>dev-{role}</c> and waits until the console shows who is signed in.</summary>
    public async Task SignInAsync(string role)
    {
        await Page.GotoAsync("/");
        await WithContextAsync("the console did not send the browser to Identity's sign-in form",
            () => Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/connect/login"));
        await SubmitSignInAsync(DevelopmentUsers.UserName(role), _console.Users.PasswordOf(role));
        await WithContextAsync($"the console did not show the signed-in user after signing in as dev-{role}",
            () => Page.Locator(SignedInUser).WaitForAsync());
        await WaitUntilInteractiveAsync();
    }

    /// <summary>Fills Identity's sign-in form (already open) and submits it.</summary>
    public async Task SubmitSignInAsync(string userName, string password)
    {
        await Page.Locator("input[name=\"userName\"]").FillAsync(userName);
        await Page.Locator("input[name=\"password\"]").FillAsync(password);
        await Page.Locator("form button, form [type=\"submit\"]").First.ClickAsync();
    }

    /// <summary>Waits until Blazor Server's circuit is connected and handlers are attached, so that a click is not lost.</summary>
    public Task WaitUntilInteractiveAsync() =>
        WithContextAsync("the console never became interactive (no data-interactive=\"true\" on its body)",
            () => Page.Locator(Interactive).WaitForAsync(new() { State = WaitForSelectorState.Attached }));

    /// <summary>A full-page PNG under <c>artifacts/screenshots/{test-class}/{name}.png</c>; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Artifacts.Screenshot(name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>What the browser saw: the address, the console errors and a screenshot's path, for a failure's message.</summary>
    public async Task<string> DescribeAsync(string name)
    {
        var text = new StringBuilder()
            .AppendLine($"address: {Page.Url}")
            .AppendLine($"console errors ({Errors.Count}):");
        foreach (var error in Errors)
        {
            text.AppendLine("  " + error);
        }

        try
        {
            text.AppendLine($"screenshot: {await ScreenshotAsync(name)}");
        }
        catch (PlaywrightException e)
        {
            text.AppendLine($"no screenshot: {e.Message}");
        }

        return text.ToString();
    }

    /// <summary>Runs a wait; when it times out, fails with what the browser saw.</summary>
    public async Task WithContextAsync(string failure, Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException e)
        {
            Assert.Fail($"{failure}: {e.Message}{Environment.NewLine}{await DescribeAsync("failed-" + Artifacts.TestMethod)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            var report = await DescribeAsync("failed-" + Artifacts.TestMethod);
            await File.WriteAllTextAsync(Artifacts.Failure(Artifacts.TestMethod), report);
            TestContext.Current.TestOutputHelper?.WriteLine(report);
        }

        await _context.CloseAsync();
    }
}
