using Platform.Data;
using Platform.Identity;
using Platform.Identity.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddIdentityService();

var app = builder.Build();
app.MapIdentityService();

await app.RunServiceAsync<IdentityDb>(args);

public partial class Program;
