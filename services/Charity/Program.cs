using Platform.Charity;

var builder = WebApplication.CreateBuilder(args);
builder.AddCharity();

var app = builder.Build();
app.MapCharity();

await app.RunServiceAsync<CharityDb>(args);

public partial class Program;
