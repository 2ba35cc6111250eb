using Platform.Charity;
using Platform.Charity.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<CharityDb>(CharityApi.ServiceName);

var app = builder.Build();
app.MapReplicaServiceDefaults(CharityApi.Prefix);

await app.RunServiceAsync<CharityDb>(args);

public partial class Program;
