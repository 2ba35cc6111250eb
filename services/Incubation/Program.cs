using Platform.Data;
using Platform.Incubation.Data;
using Platform.Incubation;

var builder = WebApplication.CreateBuilder(args);
builder.AddIncubation();

var app = builder.Build();
app.MapIncubation();

await app.RunServiceAsync<IncubationDb>(args);

public partial class Program;
