namespace Platform.Clients.Tests;

/// <summary>
/// A console test: a fresh browser context for every test (xunit makes a new instance per test), closed after it, with
/// what the browser saw kept when the test failed.
/// </summary>
public abstract class ConsoleTest(ConsoleFixture console) : IAsyncLifetime
{
    protected ConsoleFixture Fixture { get; } = console;

    /// <summary>The screen size of this class's tests.</summary>
    protected virtual ConsoleViewport Viewport => ConsoleViewport.Desktop;

    protected ConsolePage Console { get; private set; } = null!;

    protected IPage Page => Console.Page;

    public async ValueTask InitializeAsync() => Console = await ConsolePage.OpenAsync(Fixture, Viewport);

    public async ValueTask DisposeAsync()
    {
        if (Console is not null)
        {
            await Console.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected Task SignInAsync(string role) => Console.SignInAsync(role);

    protected Task<string> ScreenshotAsync(string name) => Console.ScreenshotAsync(name);

    protected Task AssertAccessibleAsync(string name) => Accessibility.AssertAccessibleAsync(Page, name);
}
