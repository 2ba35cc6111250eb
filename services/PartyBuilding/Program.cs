using Platform.PartyBuilding;
using Platform.PartyBuilding.Compounds;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.DualReporting;
using Platform.PartyBuilding.Facilities;
using Platform.PartyBuilding.Governance;
using Platform.PartyBuilding.Members;
using Platform.PartyBuilding.Organisations;
using Platform.PartyBuilding.Regions;
using Platform.PersonalData;
using Platform.Data;
using Platform.Messaging;
using Platform.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<PartyDb>(PartyBuildingApi.ServiceName);
builder.AddPlatformMessaging<PartyDb>(PartyBuildingApi.ServiceName);
builder.AddPlatformSecurity<PartyDb>(PartyBuildingApi.ServiceName);
builder.AddPersonalDataProtection(PartyBuildingApi.ConfigurationSection);
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapPlatformEndpoints(PartyBuildingApi.Prefix);
app.MapRegionsApi();
app.MapCompoundsApi();
app.MapOrganisationsApi();
app.MapMembersApi();
app.MapDualReportingApi();
app.MapGovernanceApi();
app.MapFacilitiesApi();

await app.RunServiceAsync<PartyDb>(args);

public partial class Program;
