extern alias identity;

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.PartyBuilding;
using Platform.PersonalData;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using Platform.Volunteers;
using Platform.Volunteers.Data;
using Platform.Volunteers.Import;

namespace Platform.Volunteers.Bench;

/// <summary>
/// Bulk import benchmark: real PostgreSQL and RabbitMQ (the test servers), the service on Kestrel, one streamed request.
/// Run: <c>dotnet run -c Release --project tests/Volunteers.Bench -- 100000</c>.
/// </summary>
internal static class ImportBench
{
    public static async Task<int> Main(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[^1], CultureInfo.InvariantCulture) : 100_000;
        const string community = "511603001001";

        // Outside a test host the factory does not find the service's content root by itself.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORM_VOLUNTEERS", Path.Combine(RepositoryRoot.Path, "services", "Volunteers"));
        await using var servers = await LocalServers.StartAsync();
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PLATFORM_IDENTITY", Path.Combine(RepositoryRoot.Path, "services", "Identity"));
        await using var identity = await TestIdentity.StartAsync<identity::Program>(servers);
        await using var service = new ServiceFactory<Program>(servers, VolunteersApi.ServiceName, identity.ServiceSettings, web =>
        {
            web.UseSetting(VolunteersServices.PersonalDataKey, PersonalDataKeys.Generate());
            web.UseSetting(VolunteersServices.PersonalDataHashKey, PersonalDataKeys.Generate());
            web.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        await service.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        await service.Services.GetRequiredService<IBus>().Publish(new RegionRegistered(community, "龙镇社区", RegionLevel.Community, "511603001", 1, DateTimeOffset.UtcNow));
        await Eventually.UntilAsync(async () =>
        {
            await using var scope = service.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<VolunteersDb>().ReplicatedRegions.AnyAsync(r => r.Code == community);
        }, TimeSpan.FromSeconds(60), "the community in the replica");

        using var client = await identity.ClientForAsync(service.CreateClient().BaseAddress!, PlatformRoles.CityAdmin, TestIdentity.CityRegion);
        client.Timeout = TimeSpan.FromMinutes(10);
        var clock = Stopwatch.StartNew();
        using var response = await client.PostAsync("/api/volunteers/volunteers/import", new SyntheticCsv(rows, community).Typed());
        var report = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<ImportReport>(Json.Options);
        clock.Stop();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bulk import: {report!.Rows} rows, {report.Imported} imported, {report.Rejected} rejected in {clock.Elapsed.TotalSeconds:F1} s = {report.Imported / clock.Elapsed.TotalSeconds:F0} rows/s"));
        return report.Imported == rows ? 0 : 1;
    }
}
