using Platform.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGateway();
builder.AddGatewaySecurity();

var app = builder.Build();
app.UseRequestIds();
app.MapDefaultEndpoints();
app.UseGatewaySecurity();
app.UseBodyLimits();
app.MapApiReference();
app.MapUnknownApiRoutes();
app.MapReverseProxy(proxy => proxy.UseProxyErrorProblems());

app.Run();

public partial class Program;
