using Platform.Messaging;
using Platform.Security;
using Platform.Incubation;
using Platform.Incubation.Data;
using Platform.RegionReplica;
using Platform.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<IncubationDb>(IncubationApi.ServiceName);
builder.AddPlatformMessaging<IncubationDb>(IncubationApi.ServiceName, bus =>
{
    bus.AddRegionReplica<IncubationDb>(IncubationApi.ServiceName);
    bus.AddIncubationConsumers();
});
builder.AddPlatformSecurity<IncubationDb>(IncubationApi.ServiceName);
builder.AddRegionDirectory<IncubationDb>();
builder.AddIncubation();
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapPlatformEndpoints(IncubationApi.Prefix);
app.MapRegionReplicaApi(IncubationApi.Prefix);
app.MapIncubationApi();

await app.RunServiceAsync<IncubationDb>(args);

public partial class Program;
