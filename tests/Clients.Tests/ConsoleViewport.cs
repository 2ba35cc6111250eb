namespace Platform.Clients.Tests;

/// <summary>The screen sizes the console is tested at.</summary>
public enum ConsoleViewport
{
    /// <summary>1280×800, a staff member's laptop.</summary>
    Desktop,

    /// <summary>1024×768, a tablet in landscape.</summary>
    Tablet,
}
