using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Contracts.Volunteers;
using Platform.Messaging;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Testing;
using Platform.Volunteers.Shared;
using Platform.Volunteers.Volunteers.Import;

namespace Platform.Volunteers.Tests;

public sealed class Importing_volunteers(VolunteersFixture fixture)
{
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<HttpResponseMessage> ImportAsync(string csv) =>
        fixture.Client.PostAsync("/api/volunteers/volunteers/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel);

    [Fact]
    public async Task Good_rows_are_written_and_every_bad_row_is_reported_with_its_field()
    {
        var registered = IdNumbers.Next();
        await fixture.Client.RegisterAsync(registered);
        var good = Enumerable.Range(0, 12_000).Select(_ => IdNumbers.Next()).ToList();
        var repeated = good[0];
        var csv = new StringBuilder("\uFEFFname,idNumber,phone,communityCode,skills\n");
        foreach (var (id, i) in good.Select((id, i) => (id, i)))
        {
            csv.Append(CultureInfoInvariant($"志愿者{i},{id},,{VolunteersFixture.Community},\"急救;心理疏导\"\n"));
        }

        csv.Append(CultureInfoInvariant($"坏校验,{IdNumbers.WithBadCheckDigit(IdNumbers.Next())},13812345678,{VolunteersFixture.Community},\n"));   // row 12001
        csv.Append(CultureInfoInvariant($"坏社区,{IdNumbers.Next()},13812345678,511603001999,\n"));                                             // row 12002
        csv.Append(CultureInfoInvariant($"坏电话,{IdNumbers.Next()},12345,{VolunteersFixture.Community},\n"));                                 // row 12003
        csv.Append(CultureInfoInvariant($"重复行,{repeated},,{VolunteersFixture.Community},\n"));                                               // row 12004
        csv.Append(CultureInfoInvariant($"已注册,{registered},,{VolunteersFixture.Community},\n"));                                             // row 12005
        csv.Append(CultureInfoInvariant($",{IdNumbers.Next()[..10]},,,\n"));                                                                    // row 12006
        csv.Append(CultureInfoInvariant($"\"未闭合,{IdNumbers.Next()},,{VolunteersFixture.Community},\n"));                                      // row 12007
        var before = await fixture.InDbAsync(db => db.Volunteers.CountAsync(Cancel));

        var report = await (await ImportAsync(csv.ToString())).ReadAsync<ImportReport>(HttpStatusCode.OK);

        Assert.Equal((12_007, 12_000, 7), (report.Rows, report.Imported, report.Rejected));
        Assert.Equal(
            ["12001 idNumber", "12002 communityCode", "12003 phone", "12004 idNumber", "12005 idNumber", "12006 name", "12006 idNumber", "12006 communityCode", "12007 $"],
            report.Errors.Select(e => $"{e.Row} {e.Field}"));
        Assert.Equal(before + 12_000, await fixture.InDbAsync(db => db.Volunteers.CountAsync(Cancel)));
        var imported = await fixture.InDbAsync(db => db.Volunteers.Where(v => v.Source == Volunteers.RegistrationSource.BulkImport && v.Name == "志愿者1").SingleAsync(Cancel));
        Assert.Equal(["急救", "心理疏导"], imported.Skills);
        Assert.Empty(await fixture.OutboxMentioningAsync(imported.Id));
        var announced = (await fixture.OutboxMentioningAsync(VolunteersFixture.Community))
            .Select(MessageTypes.Deserialize).OfType<VolunteersImported>().GroupBy(e => e.ImportId).Last();
        // This import is the community's latest. 12,000 rows in batches of 5,000: one event per batch, counts adding up to the rows written.
        Assert.Equal((3, 12_000), (announced.Count(), announced.Sum(e => e.Count)));
    }

    [Fact]
    public async Task An_import_is_audited_once_in_its_transaction_with_the_caller_and_the_rows_it_wrote()
    {
        var community = VolunteersFixture.OtherCommunity;
        var csv = $"name,idNumber,communityCode\n甲,{IdNumbers.Next()},{community}\n乙,{IdNumbers.Next()},{community}\n丙,{IdNumbers.Next()},{community}\n" +
            $"坏社区,{IdNumbers.Next()},511603001999\n";
        var since = await fixture.InDbAsync(db => db.OutboxMessages.MaxAsync(m => (long?)m.Sequence, Cancel)) ?? 0;

        var report = await (await ImportAsync(csv)).ReadAsync<ImportReport>(HttpStatusCode.OK);

        var written = (await fixture.InDbAsync(db => db.OutboxMessages.Where(m => m.Sequence > since).OrderBy(m => m.Sequence).ToListAsync(Cancel)))
            .Select(MessageTypes.Deserialize).ToList();
        var imported = Assert.Single(written.OfType<VolunteersImported>());
        var audit = Assert.Single(written.OfType<AuditRecorded>());
        Assert.Equal((3, 3), (report.Imported, imported.Count));
        Assert.Equal(new AuditedChange("Volunteer", imported.ImportId.ToString(), "Added", 3), Assert.Single(audit.Changes));
        Assert.Equal(("volunteers", "POST", "/api/volunteers/volunteers/import", TestIdentity.CityRegion),
            (audit.Service, audit.Method, audit.Path, audit.Region));
        Assert.Contains(PlatformRoles.CityAdmin, audit.Roles);
    }

    [Fact]
    public async Task An_id_column_gives_the_profiles_their_ids_and_a_repeated_id_is_rejected()
    {
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var community = VolunteersFixture.Community;
        var csv = $"id,name,idNumber,communityCode\n{first},带编号,{IdNumbers.Next()},{community}\n{second},另一个,{IdNumbers.Next()},{community}\n" +
            $"{first},重复编号,{IdNumbers.Next()},{community}\nnot-a-uuid,坏编号,{IdNumbers.Next()},{community}\n";

        var report = await (await ImportAsync(csv)).ReadAsync<ImportReport>(HttpStatusCode.OK);

        Assert.Equal((4, 2), (report.Rows, report.Imported));
        Assert.Equal(["3 id", "4 id"], report.Errors.Select(e => $"{e.Row} {e.Field}"));
        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync($"/api/volunteers/volunteers/{first}", Cancel)).StatusCode);
        var again = await (await ImportAsync($"id,name,idNumber,communityCode\n{second},再导入,{IdNumbers.Next()},{community}\n"))
            .ReadAsync<ImportReport>(HttpStatusCode.OK);
        Assert.Equal((0, 1), (again.Imported, again.Rejected));
    }

    [Fact]
    public async Task A_quoted_field_keeps_its_commas_and_line_breaks_and_rows_are_counted_not_lines()
    {
        var (id, community) = (Guid.CreateVersion7(), VolunteersFixture.Community);
        var csv = $"id,name,idNumber,communityCode,skills\n{id},\"王, 小明\",{IdNumbers.Next()},{community},\"急救,包扎;心理\n疏导\"\n" +
            $",坏社区,{IdNumbers.Next()},511603001999,\n";

        var report = await (await ImportAsync(csv)).ReadAsync<ImportReport>(HttpStatusCode.OK);

        Assert.Equal((2, 1), (report.Rows, report.Imported));
        Assert.Equal(["2 communityCode"], report.Errors.Select(e => $"{e.Row} {e.Field}"));
        var imported = await fixture.InDbAsync(db => db.Volunteers.SingleAsync(v => v.Id == id, Cancel));
        Assert.Equal("王, 小明", imported.Name);
        Assert.Equal(["急救,包扎", "心理\n疏导"], imported.Skills);
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_400_and_writes_nothing()
    {
        var before = await fixture.CountWritesAsync();

        var response = await ImportAsync($"name,phone\n张三,13812345678\n");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "header");
        Assert.Contains("idNumber", problem.Errors["header"][0], StringComparison.Ordinal);
        Assert.Equal(before, await fixture.CountWritesAsync());
    }

    private static string CultureInfoInvariant(FormattableString value) => FormattableString.Invariant(value);
}
