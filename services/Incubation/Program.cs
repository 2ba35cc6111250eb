using Platform.Incubation;
using Platform.Incubation.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<IncubationDb>(IncubationApi.ServiceName);
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapReplicaServiceDefaults(IncubationApi.Prefix);

await app.RunServiceAsync<IncubationDb>(args);

public partial class Program;
