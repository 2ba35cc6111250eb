using Platform.RegionReplica;
using Platform.Reporting;
using Platform.Reporting.Data;
using Platform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddReplicaService<ReportingDb>(ReportingApi.ServiceName, bus => bus.AddReportingConsumers());
builder.AddReporting();
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapReplicaServiceDefaults(ReportingApi.Prefix);
app.MapReportingApi();

await app.RunServiceAsync<ReportingDb>(args);

public partial class Program;
