using Platform.Reporting;

var builder = WebApplication.CreateBuilder(args);
builder.AddReporting();

var app = builder.Build();
app.MapReporting();

await app.RunServiceAsync<ReportingDb>(args);

public partial class Program;
