using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Platform.PersonalData;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;

namespace Platform.Tests.Contract;

/// <summary>
/// A department integrates with nothing but the generated client: with a department client's token it reads the city
/// overview, pages through a community's volunteers, files a six-services record, posts an Open311 service request and
/// exports the statistics as CSV (DepartmentsDay/DepartmentsDay.cs, run as its own program).
/// </summary>
[Collection(ContractCollection.Name)]
public sealed class Running_a_departments_day(ContractFixture fixture)
{
    private const string City = "511600";
    private const string Community = "511603001001";
    private const int Volunteers = 3;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_department_client_gets_through_its_day_with_the_generated_client()
    {
        await PrepareTheCityAsync();
        var clients = await KiotaClients.BuiltAsync(fixture);
        var token = await fixture.Identity.TokenAsync(PlatformRoles.DepartmentClient, City);

        var day = await CommandLine.RunAsync("dotnet", [Path.Combine(Path.GetDirectoryName(clients.AssemblyPath)!, KiotaClients.ProjectName + ".dll")],
            clients.Folder, TimeSpan.FromMinutes(3), new Dictionary<string, string>
            {
                ["GATEWAY"] = fixture.PublicOrigin, ["TOKEN"] = token, ["CITY"] = City, ["COMMUNITY"] = Community,
                ["VOLUNTEERS"] = Volunteers.ToString(CultureInfo.InvariantCulture),
            }, Cancel);

        Assert.True(day.ExitCode == 0, $"The department's day through the generated client: {day.ExitCode} step(s) failed:\n{day.Output}");
    }

    /// <summary>A city administrator lays out one community with three volunteers, as the seeder would.</summary>
    private async Task PrepareTheCityAsync()
    {
        using var admin = await fixture.AsAsync(PlatformRoles.CityAdmin, City);
        foreach (var region in new object[]
        {
            new { code = City, name = "广安市", level = "City" },
            new { code = "511603", name = "前锋区", level = "County", parentCode = City },
            new { code = "511603001", name = "大佛寺街道 (synthetic code)", level = "Street", parentCode = "511603" },
            new { code = Community, name = "部门测试社区 (synthetic)", level = "Community", parentCode = "511603001" },
        })
        {
            var created = await admin.PostAsJsonAsync("/api/party/regions", region, Cancel);
            Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await created.Content.ReadAsStringAsync(Cancel));
        }

        foreach (var service in new[] { "volunteers", "reporting" })
        {
            await Eventually.UntilAsync(async () => (await admin.GetAsync($"/api/{service}/replica/regions/{Community}", Cancel)).IsSuccessStatusCode,
                TimeSpan.FromSeconds(60), $"{service} to replicate {Community}", Cancel);
        }

        for (var i = 0; i < Volunteers; i++)
        {
            var first17 = string.Create(CultureInfo.InvariantCulture, $"511603{new DateOnly(1980, 1, 1).AddDays(i):yyyyMMdd}{Random.Shared.Next(1000):D3}");
            var registered = await admin.PostAsJsonAsync("/api/volunteers/volunteers", new
            {
                name = $"部门测试志愿者{i}", idNumber = first17 + ResidentIdNumber.CheckCharacter(first17),
                phone = string.Create(CultureInfo.InvariantCulture, $"1380000{Random.Shared.Next(10000):D4}"), communityCode = Community, skills = Array.Empty<string>(),
            }, Cancel);
            Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(Cancel));
        }
    }
}
