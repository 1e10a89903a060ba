using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// `perlinsos` runs the one-shot province-scale run (docs/performance.md, section Perlinsos); anything else goes
// to BenchmarkDotNet. In-process: no separate benchmark project is generated and built, which keeps a run short on
// a small machine. Each class sets its own short job. Results land in BenchmarkDotNet.Artifacts/.
if (args.Length > 0 && args[0] == "perlinsos")
{
    return await Pamong.Benchmarks.Perlinsos.ScaleRun.RunAsync(args[1..]);
}

var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
BenchmarkSwitcher.FromAssembly(typeof(Pamong.Benchmarks.BenchDatabase).Assembly).Run(args, config);
return 0;
