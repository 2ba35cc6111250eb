using Platform.Volunteers;
using Platform.Volunteers.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<VolunteersDb>(VolunteersApi.ServiceName);
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapReplicaServiceDefaults(VolunteersApi.Prefix);

await app.RunServiceAsync<VolunteersDb>(args);

public partial class Program;
