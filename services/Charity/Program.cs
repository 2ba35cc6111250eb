using Platform.Charity;
using Platform.Charity.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<CharityDb>(CharityApi.ServiceName);
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapReplicaServiceDefaults(CharityApi.Prefix);

await app.RunServiceAsync<CharityDb>(args);

public partial class Program;
