using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.Web.Board;
using WorkshopBot.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddWorkshopObservability();
builder.AddWorkshopTables();
builder.AddWorkshopDomain();
builder.AddBoardIdentity();
builder.AddWorkshopBotHandler();
builder.AddWorkshopHealthChecks();
builder.AddBoardApi();

var app = builder.Build();

app.MapBotEndpoints();
app.MapWorkshopHealthEndpoints();
app.MapBoardApi();
app.MapWorkshopPages();

app.Run();

public partial class Program;
