using System.Text;
using WorkshopBot.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;
return CommandDispatcher.Run(args, Console.Out, Console.Error);
