using Platform.Messaging;
using Platform.Security;
using Platform.RegionReplica;
using Platform.Reporting;
using Platform.Reporting.Data;
using Platform.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddServiceDatabase<ReportingDb>(ReportingApi.ServiceName);
builder.AddPlatformMessaging<ReportingDb>(ReportingApi.ServiceName, bus =>
{
    bus.AddRegionReplica<ReportingDb>(ReportingApi.ServiceName);
    bus.AddReportingConsumers();
});
builder.AddPlatformSecurity<ReportingDb>(ReportingApi.ServiceName);
builder.AddRegionDirectory<ReportingDb>();
builder.AddReporting();
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapPlatformEndpoints(ReportingApi.Prefix);
app.MapRegionReplicaApi(ReportingApi.Prefix);
app.MapReportingApi();

await app.RunServiceAsync<ReportingDb>(args);

public partial class Program;
