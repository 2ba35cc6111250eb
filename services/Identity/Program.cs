using Platform.Identity;
using Platform.Identity.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<IdentityDb>(IdentityApi.ServiceName);

var app = builder.Build();
app.MapReplicaServiceDefaults(IdentityApi.Prefix);

await app.RunServiceAsync<IdentityDb>(args);

public partial class Program;
