using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.PersonalData;
using Platform.Data;
using Platform.RegionReplica.Queries;
using Platform.Security;
using Platform.ServiceDefaults.Security;
using Platform.Volunteers.Data;
using Platform.Volunteers.Shared;
using Platform.Volunteers.Volunteers.Import;
using Platform.Volunteers.Volunteers;

namespace Platform.Volunteers.Tests;

public sealed class Keeping_a_copy_of_the_volunteers(VolunteersFixture fixture)
{
    private const string Feed = "/api/volunteers/volunteers/changes";
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Every page from <paramref name="after"/> until the feed has no more, and the token to go on from.</summary>
    private async Task<(List<Change<VolunteerResponse>> Items, string Next)> ReadAllAsync(string? after = null, HttpClient? client = null)
    {
        var items = new List<Change<VolunteerResponse>>();
        while (true)
        {
            var query = after is null ? "" : $"&after={after}";
            var page = await (await (client ?? fixture.Client).GetAsync($"{Feed}?region={VolunteersFixture.Community}&pageSize=500{query}", Cancel))
                .ReadAsync<ChangePage<VolunteerResponse>>(HttpStatusCode.OK);
            items.AddRange(page.Items);
            after = page.Next;
            if (!page.HasMore)
            {
                return (items, after);
            }
        }
    }

    [Fact]
    public async Task The_first_call_returns_every_volunteer_in_change_order_and_the_next_only_what_changed()
    {
        var volunteer = await fixture.Client.RegisterAsync();
        var (first, token) = await ReadAllAsync();
        var inDb = await fixture.InDbAsync(db => db.Volunteers.Where(v => v.CommunityCode.StartsWith(VolunteersFixture.Community))
            .OrderBy(v => EF.Property<long>(v, ChangeFeed.SequenceProperty)).ThenBy(v => v.Id).Select(v => v.Id).ToListAsync(Cancel));

        Assert.Equal(inDb, first.Select(c => c.Id));
        Assert.Contains(first, c => c.Id == volunteer.Id && !c.Removed && c.Item.IdNumber.Contains('*', StringComparison.Ordinal));

        var updated = await (await fixture.Client.PutAsJsonAsync($"/api/volunteers/volunteers/{volunteer.Id}",
            new { name = "张三丰", phone = "13900001111", communityCode = VolunteersFixture.Community, version = volunteer.Version }, Cancel))
            .ReadAsync<VolunteerResponse>(HttpStatusCode.OK);
        var (next, _) = await ReadAllAsync(token);

        var change = Assert.Single(next);
        Assert.Equal((volunteer.Id, "张三丰", updated.Version), (change.Id, change.Item.Name, change.Item.Version));
        Assert.Equal("139****1111", change.Item.Phone);
    }

    [Fact]
    public async Task A_volunteer_registered_by_a_transaction_that_commits_after_a_token_was_handed_out_is_not_skipped()
    {
        var (_, start) = await ReadAllAsync();
        await using var scope = fixture.CreateScope();
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var (slow, idNumber) = (Guid.CreateVersion7(), IdNumbers.Next());
        // A connection of its own: the transaction stays open across the HTTP calls below, as a slow writer's would.
        await using var connection = new NpgsqlConnection(scope.ServiceProvider.GetRequiredService<VolunteersDb>().Database.GetConnectionString());
        await connection.OpenAsync(Cancel);
        await using var transaction = await connection.BeginTransactionAsync(Cancel);
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO volunteers (id, name, id_number_cipher, id_number_hash, id_number_masked, community_code, skills, is_party_member, source, registered_at) " +
            "VALUES ($1, '迟到', $2, $3, '5116**********0000', $4, '{}', false, 'CommunityWorker', now())", connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = slow });
            insert.Parameters.Add(new NpgsqlParameter { Value = protector.Encrypt(idNumber) });
            insert.Parameters.Add(new NpgsqlParameter { Value = protector.Hash(idNumber) });
            insert.Parameters.Add(new NpgsqlParameter { Value = VolunteersFixture.Community });
            await insert.ExecuteNonQueryAsync(Cancel);
        }

        // A later transaction commits first; handing out its change now would put the token past the slow one.
        var quick = await fixture.Client.RegisterAsync();
        var (meanwhile, token) = await ReadAllAsync(start);
        await transaction.CommitAsync(Cancel);
        var (after, _) = await ReadAllAsync(token);

        Assert.DoesNotContain(meanwhile, c => c.Id == slow);
        Assert.Contains(after, c => c.Id == slow);
        Assert.Contains(meanwhile.Concat(after), c => c.Id == quick.Id);
    }

    [Fact]
    public async Task Volunteers_written_by_the_bulk_import_are_in_the_feed()
    {
        var (_, token) = await ReadAllAsync();
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var csv = $"id,name,idNumber,communityCode\n{first},导入一,{IdNumbers.Next()},{VolunteersFixture.Community}\n{second},导入二,{IdNumbers.Next()},{VolunteersFixture.Community}\n";

        var report = await (await fixture.Client.PostAsync("/api/volunteers/volunteers/import", new StringContent(csv, Encoding.UTF8, "text/csv"), Cancel))
            .ReadAsync<ImportReport>(HttpStatusCode.OK);
        var (changes, _) = await ReadAllAsync(token);

        Assert.Equal(2, report.Imported);
        Assert.Equal(new[] { first, second }.Order(), changes.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task A_token_the_feed_did_not_hand_out_is_400_naming_after_and_the_feed_is_for_officials_only()
    {
        var volunteer = await fixture.Client.RegisterAsync();
        var own = await fixture.ClientAsAsync(PlatformRoles.Volunteer, VolunteersFixture.Community, volunteer.Id);
        var auditor = await fixture.ClientAsAsync(PlatformRoles.Auditor, VolunteersFixture.Community);

        await (await fixture.Client.GetAsync($"{Feed}?after=not-a-token", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "after");
        await (await fixture.Client.GetAsync($"{Feed}?pageSize=501", Cancel)).ProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        Assert.Equal(HttpStatusCode.Forbidden, (await own.GetAsync(Feed, Cancel)).StatusCode);
        Assert.Contains((await ReadAllAsync(client: auditor)).Items, c => c.Id == volunteer.Id);
    }
}
