using System.Reflection;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Every benchmark class in this assembly is selectable: dotnet run -c Release -- --filter '*Coach*'.
// (Not typeof(Program): WorkshopBot.Web exposes its own Program for WebApplicationFactory.)
// The generated benchmark project references the whole solution; on a small shared machine its build takes
// longer than BenchmarkDotNet's default two minutes. Add --inProcess to skip that build altogether.
BenchmarkSwitcher
    .FromAssembly(Assembly.GetExecutingAssembly())
    .Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
