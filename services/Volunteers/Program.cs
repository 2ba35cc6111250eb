using Platform.Messaging;
using Platform.Security;
using Platform.RegionReplica;
using Platform.Data;
using Platform.Volunteers;
using Platform.Volunteers.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<VolunteersDb>(VolunteersApi.ServiceName);
builder.AddPlatformMessaging<VolunteersDb>(VolunteersApi.ServiceName, bus =>
{
    bus.AddRegionReplica<VolunteersDb>(VolunteersApi.ServiceName);
    bus.AddVolunteersConsumers();
});
builder.AddPlatformSecurity<VolunteersDb>(VolunteersApi.ServiceName);
builder.AddRegionDirectory<VolunteersDb>();
builder.AddVolunteers();
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapPlatformEndpoints(VolunteersApi.Prefix);
app.MapRegionReplicaApi(VolunteersApi.Prefix);
app.MapVolunteersApi();

await app.RunServiceAsync<VolunteersDb>(args);

public partial class Program;
