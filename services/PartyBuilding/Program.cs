using Platform.PartyBuilding;
using Platform.PartyBuilding.Data;
using Platform.PartyBuilding.Regions;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformService<PartyDb>(PartyBuildingApi.ServiceName);
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapDefaultEndpoints(PartyBuildingApi.Prefix);
app.MapRegionsApi();

await app.RunServiceAsync<PartyDb>(args);

public partial class Program;
