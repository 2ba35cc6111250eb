using Platform.Incubation;
using Platform.Incubation.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<IncubationDb>(IncubationApi.ServiceName, bus => bus.AddIncubationConsumers());
builder.AddIncubation();
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapReplicaServiceDefaults(IncubationApi.Prefix);
app.MapIncubationApi();

await app.RunServiceAsync<IncubationDb>(args);

public partial class Program;
