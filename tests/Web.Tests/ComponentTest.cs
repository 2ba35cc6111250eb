using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Platform.Web.Tests;

/// <summary>
/// A console component rendered by bUnit with MudBlazor's services and the console's resources, in Chinese unless a
/// test says otherwise. Components that take their data as parameters are tested here; pages that call the API are
/// tested in the browser against the real platform (tests/Clients.Tests).
/// </summary>
public abstract class ComponentTest : BunitContext
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    protected ComponentTest(string culture = "zh-CN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
        base.Dispose(disposing);
    }
}
