using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using WorkshopBot.Benchmarks;

// Five console modes that are not BenchmarkDotNet runs (see docs/benchmarks.md):
//   roundtrip [ops]  add-note latency against an in-memory Azurite at 1 and 16 concurrent users
//   sizes            payload sizes of the board GET body and step card for 500 and 2,000 notes
//   boardget [n]     the full board GET against the in-process host (Azurite), per Accept-Encoding
//   monitoring [n]   step-6 charts and monitoring exports: wall-clock median and CPU time per operation
//   addnote [n]      one add-note (domain, and with the caller's answer card) on a board of 100 and 1,000 notes: CPU time
if (args is ["roundtrip", .. var rest])
{
    return await AddNoteRoundTrip.RunAsync(rest, Console.Out);
}

if (args is ["boardget", .. var getArgs])
{
    return await BoardGetRoundTrip.RunAsync(getArgs, Console.Out);
}

if (args is ["monitoring", .. var monitoringArgs])
{
    return MonitoringExportBenchmarks.RunCpu(monitoringArgs, Console.Out);
}

if (args is ["addnote", .. var addArgs])
{
    return AddNoteBoardSizeBenchmarks.RunCpu(addArgs, Console.Out);
}

if (args is ["sizes", ..])
{
    return PayloadSizes.Run(Console.Out);
}

// Every benchmark class in this assembly is selectable: dotnet run -c Release -- --filter '*Coach*'.
// (Not typeof(Program): WorkshopBot.Web exposes its own Program for WebApplicationFactory.)
// The generated benchmark project references the whole solution; on a small shared machine its build takes
// longer than BenchmarkDotNet's default two minutes. Add --inProcess to skip that build altogether.
BenchmarkSwitcher
    .FromAssembly(Assembly.GetExecutingAssembly())
    .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
return 0;
