using WorkshopBot.Web.Hosting;

var app = WorkshopBotApp.Build(args);
app.Run();

public partial class Program;
