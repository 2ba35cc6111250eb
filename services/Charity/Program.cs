using Platform.Charity;
using Platform.Charity.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<CharityDb>(CharityApi.ServiceName, bus => bus.AddCharityConsumers());
builder.AddCharity();
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapReplicaServiceDefaults(CharityApi.Prefix);
app.MapCharityApi();

await app.RunServiceAsync<CharityDb>(args);

public partial class Program;
