using Platform.Data;
using Platform.Volunteers;
using Platform.Volunteers.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddVolunteers();

var app = builder.Build();
app.MapVolunteers();

await app.RunServiceAsync<VolunteersDb>(args);

public partial class Program;
