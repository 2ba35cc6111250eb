using Platform.Charity;
using Platform.Charity.Data;
using Platform.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddCharity();

var app = builder.Build();
app.MapCharity();

await app.RunServiceAsync<CharityDb>(args);

public partial class Program;
