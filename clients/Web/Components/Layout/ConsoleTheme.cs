using MudBlazor;

namespace Platform.Web.Components.Layout;

/// <summary>The console's look: party red on white, Chinese fonts first; white on #B3261E is 6.5:1 (WCAG AA).</summary>
public static class ConsoleTheme
{
    public const string Red = "#B3261E";

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = Red,
            AppbarBackground = Red,
            AppbarText = "#FFFFFF",
            Secondary = "#1D4F91",
            // MudBlazor's own error red is 3.7:1 on white; a field's message in it would fail WCAG AA.
            Error = "#C62828",
            Background = "#F5F5F5",
            DrawerBackground = "#FFFFFF",
            TextSecondary = "rgba(0,0,0,0.70)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Noto Sans CJK SC", "Noto Sans SC", "system-ui", "sans-serif"] },
        },
    };
}
