using Platform.Data;
using Platform.PartyBuilding;
using Platform.PartyBuilding.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddPartyBuilding();

var app = builder.Build();
app.MapPartyBuilding();

await app.RunServiceAsync<PartyDb>(args);

public partial class Program;
