using Platform.Data;
using Platform.Incubation;
using Platform.Incubation.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddIncubation();

var app = builder.Build();
app.MapIncubation();

await app.RunServiceAsync<IncubationDb>(args);

public partial class Program;
