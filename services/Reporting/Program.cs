using Platform.Reporting;
using Platform.Reporting.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<ReportingDb>(ReportingApi.ServiceName);

var app = builder.Build();
app.MapReplicaServiceDefaults(ReportingApi.Prefix);

await app.RunServiceAsync<ReportingDb>(args);

public partial class Program;
