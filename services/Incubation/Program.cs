using Platform.Incubation;
using Platform.Incubation.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<IncubationDb>(IncubationApi.ServiceName);

var app = builder.Build();
app.MapReplicaServiceDefaults(IncubationApi.Prefix);

await app.RunServiceAsync<IncubationDb>(args);

public partial class Program;
