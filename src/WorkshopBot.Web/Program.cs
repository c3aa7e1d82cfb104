using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddWorkshopObservability();
builder.AddWorkshopTables();
builder.AddWorkshopDomain();
builder.AddBoardIdentity();
builder.AddWorkshopBotHandler();
builder.AddWorkshopHealthChecks();

var app = builder.Build();

app.MapBotEndpoints();
app.MapWorkshopHealthEndpoints();
app.MapWorkshopPages();

app.Run();

public partial class Program;
