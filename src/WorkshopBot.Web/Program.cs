using WorkshopBot.BotProtocol.Hosting;
using WorkshopBot.Web.Hosting;
using WorkshopBot.Web.Summaries;

var builder = WebApplication.CreateBuilder(args);

builder.AddWorkshopObservability();
builder.AddWorkshopTables();
builder.AddWorkshopDomain();
builder.AddBoardIdentity();
builder.AddWorkshopBotHandler();
builder.AddSummaryReviews();
builder.AddWorkshopHealthChecks();

var app = builder.Build();

app.MapBotEndpoints();
app.MapWorkshopHealthEndpoints();
app.MapWorkshopPages();

app.Run();

public partial class Program;
