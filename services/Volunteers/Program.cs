using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;
using Platform.Volunteers;
using Platform.Volunteers.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<VolunteersDb>(VolunteersApi.ServiceName, bus => bus.AddVolunteersConsumers());
builder.AddVolunteers();
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapReplicaServiceDefaults(VolunteersApi.Prefix);
app.MapVolunteersApi();

await app.RunServiceAsync<VolunteersDb>(args);

public partial class Program;
