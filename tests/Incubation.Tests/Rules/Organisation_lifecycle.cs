using Platform.Contracts;
using Platform.Contracts.Incubation;
using Platform.Incubation.Centres;
using Platform.Incubation.Organisations;

namespace Platform.Incubation.Tests.Rules;

public sealed class Organisation_lifecycle
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private static readonly IncubationCentre Centre = IncubationCentre.Establish("前锋区孵化中心", CentreLevel.County, "511603", 800, null, Now);

    private static SocialOrganisation Applied() => SocialOrganisation.Apply("邻里互助会", OrganisationKind.CommunitySocialOrganisation, ["养老"],
        "511603001001", "陈会长", null, null, null, "applicant", null, Now);

    [Fact]
    public void Applied_filed_incubating_graduated_each_step_recorded_with_who_when_and_why()
    {
        var organisation = Applied();

        Assert.Null(organisation.File("511603001202600001", "street-officer", "材料齐全", Now.AddDays(1), out var filed));
        Assert.Null(organisation.StartIncubation(Centre, "county-officer", null, Now.AddDays(2), out var started));
        Assert.Null(organisation.Graduate("county-officer", "能力达标", Now.AddDays(3), out var graduated));

        Assert.Equal(OrganisationState.Graduated, organisation.State);
        Assert.Equal("511603001202600001", filed!.FilingNumber);
        Assert.Equal(Centre.Id, started!.CentreId);
        Assert.Equal(Centre.Id, graduated!.CentreId);
        Assert.Equal(
            [(null, OrganisationState.Applied, "applicant", null), (OrganisationState.Applied, OrganisationState.Filed, "street-officer", "材料齐全"),
             (OrganisationState.Filed, OrganisationState.Incubating, "county-officer", null), (OrganisationState.Incubating, OrganisationState.Graduated, "county-officer", "能力达标")],
            organisation.Transitions.Select(t => ((OrganisationState?)t.From, t.To, t.Actor, t.Reason)));
        Assert.Equal([Now, Now.AddDays(1), Now.AddDays(2), Now.AddDays(3)], organisation.Transitions.Select(t => t.At));
    }

    [Fact]
    public void Skipping_a_step_or_going_back_is_refused_and_changes_nothing()
    {
        var organisation = Applied();

        Assert.Equal("state", organisation.StartIncubation(Centre, "x", null, Now, out var started)?.Field);
        Assert.NotNull(organisation.Graduate("x", null, Now, out _));
        Assert.Null(started);
        Assert.Null(organisation.File(null, "x", null, Now, out _));
        Assert.NotNull(organisation.File(null, "x", null, Now, out var again));
        Assert.Null(again);
        Assert.Equal(OrganisationState.Filed, organisation.State);
        Assert.Equal(2, organisation.Transitions.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Revoking_works_from_every_state_but_revoked_and_tells_whether_it_had_been_filed(int steps)
    {
        var organisation = Applied();
        var moves = new Func<bool>[]
        {
            () => organisation.File(null, "x", null, Now, out _) is null,
            () => organisation.StartIncubation(Centre, "x", null, Now, out _) is null,
            () => organisation.Graduate("x", null, Now, out _) is null,
        };
        Assert.All(moves.Take(steps), move => Assert.True(move()));

        Assert.Null(organisation.Revoke("auditor-of-record", "长期未开展活动", Now, out var revoked));
        Assert.Equal(steps > 0, revoked!.WasFiled);
        Assert.Equal("长期未开展活动", organisation.Transitions[^1].Reason);
        Assert.NotNull(organisation.Revoke("x", "again", Now, out _));
        Assert.NotNull(organisation.File(null, "x", null, Now, out _));
    }

    [Fact]
    public void A_registered_organisation_needs_a_valid_credit_code_and_gets_no_filing_number()
    {
        Assert.Contains("creditCode", SocialOrganisation.CheckApplication(OrganisationKind.Hub, null, communityIsLive: true).Keys);
        Assert.Contains("creditCode", SocialOrganisation.CheckApplication(OrganisationKind.Platform, "91350100M000100Y44", communityIsLive: true).Keys);
        Assert.Empty(SocialOrganisation.CheckApplication(OrganisationKind.ProfessionalService, "91350100M000100Y43", communityIsLive: true));
        Assert.Equal(["communityCode"], SocialOrganisation.CheckApplication(OrganisationKind.CommunitySocialOrganisation, null, communityIsLive: false).Keys);

        var registered = SocialOrganisation.Apply("专业社工服务中心", OrganisationKind.ProfessionalService, null, "511603001001", "陈", null, null,
            "91350100M000100Y43", "x", null, Now);
        registered.File("511603001202600009", "x", null, Now, out var filed);
        Assert.Null(filed!.FilingNumber);
        Assert.Equal("91350100M000100Y43", filed.CreditCode);
    }

    [Fact]
    public void A_county_centre_takes_only_its_county_s_communities()
    {
        Assert.True(Centre.Serves("511603001001"));
        Assert.False(Centre.Serves("511602001001"));
        Assert.True(IncubationCentre.Establish("市孵化中心", CentreLevel.City, "511600", 2700, null, Now).Serves("511602001001"));
        Assert.Empty(IncubationCentre.CheckEstablishment(CentreLevel.City, RegionLevel.City));
        Assert.NotEmpty(IncubationCentre.CheckEstablishment(CentreLevel.County, RegionLevel.City));
        Assert.NotEmpty(IncubationCentre.CheckEstablishment(CentreLevel.County, null));
    }
}
