using Platform.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();
app.UseRequestIds();
app.MapDefaultEndpoints();
app.MapApiReference();
app.MapReverseProxy(proxy => proxy.UseProxyErrorProblems());

app.Run();

public partial class Program;
