using Platform.Identity;
using Platform.Identity.Data;
using Platform.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddIdentityService();
// Validation is generated per assembly: the call must be made here, where the request types live.
builder.Services.AddValidation();

var app = builder.Build();
app.MapIdentityService();

await app.RunServiceAsync<IdentityDb>(args);

public partial class Program;
