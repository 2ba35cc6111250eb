using System.Text;

namespace Platform.Clients.Tests.Services;

/// <summary>A CSV file of six-services records sent from the console: all or nothing, its errors by row.</summary>
public sealed class Importing_service_records(ConsoleFixture console) : ConsoleTest(console)
{
    private const string Header = "serviceKind,providerKind,providerName,communityCode,date,beneficiaries,description";

    private async Task ImportAsync(params string[] rows)
    {
        await Page.GotoAsync("/services/records/import");
        await Console.WaitUntilInteractiveAsync();
        var csv = Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. rows]) + "\n");
        await Page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "records.csv", MimeType = "text/csv", Buffer = csv });
        await Assertions.Expect(Page.GetByTestId("file-name")).ToHaveTextAsync("records.csv");
        await Page.GetByTestId("start-import").ClickAsync();
    }

    [Fact]
    public async Task A_file_with_one_bad_row_imports_nothing_and_names_the_row_and_its_column()
    {
        var marker = Guid.NewGuid().ToString("N");
        await SignInAsync("community-worker");

        await ImportAsync(
            $"NeedsAssessment,SocialWorker,陈社工,511603001001,2026-11-02,3,{marker}",
            $"NoSuchService,SocialWorker,陈社工,511603001001,2026-11-02,2,{marker}",
            $"CommunityGovernance,Team,平安蓝志愿服务队,511603001001,2026-11-03,5,{marker}");

        var error = Page.GetByTestId("row-error").Filter(new() { HasText = "serviceKind" });
        await Assertions.Expect(error).ToHaveCountAsync(1);
        await Assertions.Expect(error.Locator("td").First).ToHaveTextAsync("2");
        await Assertions.Expect(Page.GetByTestId("import-result")).ToHaveCountAsync(0);
        await ScreenshotAsync("import-row-error");
        await AssertAccessibleAsync("services-import-errors");
    }

    [Fact]
    public async Task A_good_file_is_imported_and_says_how_many_rows()
    {
        await SignInAsync("community-worker");

        await ImportAsync(
            $"NeedsAssessment,SocialWorker,陈社工,511603001001,2026-11-02,3,{Guid.NewGuid():N}",
            $"ElderlyAndChildCare,Organisation,龙镇社区社会组织,511603001001,2026-11-04,12,{Guid.NewGuid():N}");

        await Assertions.Expect(Page.GetByTestId("import-result")).ToContainTextAsync("2");
        await ScreenshotAsync("import-done");
    }
}
