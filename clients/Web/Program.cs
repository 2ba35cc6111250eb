using Platform.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddWebConsole();

var app = builder.Build();
app.MapWebConsole();

app.Run();
