using Platform.Reporting;
using Platform.Reporting.Data;
using Platform.RegionReplica;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<ReportingDb>(ReportingApi.ServiceName);
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapReplicaServiceDefaults(ReportingApi.Prefix);

await app.RunServiceAsync<ReportingDb>(args);

public partial class Program;
