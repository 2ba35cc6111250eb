extern alias identity;
extern alias party;
extern alias incubation;
extern alias volunteers;
extern alias charity;
extern alias reporting;
extern alias gateway;

using Platform.Testing;

namespace Platform.Tests.Fixture;

/// <summary>Identity, the five other services and the gateway in front of them: what every platform-wide fixture starts.</summary>
public static class TheWholePlatform
{
    public static Task<RunningPlatform> StartAsync(Dictionary<string, string?>? gatewaySettings = null) =>
        RunningPlatform.StartAsync<identity::Program, gateway::Program>(
            [
                PlatformService.Of<party::Program>("party"),
                PlatformService.Of<incubation::Program>("incubation"),
                PlatformService.Of<volunteers::Program>("volunteers"),
                PlatformService.Of<charity::Program>("charity"),
                PlatformService.Of<reporting::Program>("reporting"),
            ],
            gatewaySettings: gatewaySettings);
}
