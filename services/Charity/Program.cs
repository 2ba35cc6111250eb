using Platform.Messaging;
using Platform.Security;
using Platform.Charity;
using Platform.Charity.Data;
using Platform.RegionReplica;
using Platform.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<CharityDb>(CharityApi.ServiceName);
builder.AddPlatformMessaging<CharityDb>(CharityApi.ServiceName, bus =>
{
    bus.AddRegionReplica<CharityDb>(CharityApi.ServiceName);
    bus.AddCharityConsumers();
});
builder.AddPlatformSecurity<CharityDb>(CharityApi.ServiceName);
builder.AddRegionDirectory<CharityDb>();
builder.AddCharity();
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapPlatformEndpoints(CharityApi.Prefix);
app.MapRegionReplicaApi(CharityApi.Prefix);
app.MapCharityApi();

await app.RunServiceAsync<CharityDb>(args);

public partial class Program;
