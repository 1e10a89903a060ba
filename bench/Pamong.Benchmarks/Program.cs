using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: no separate benchmark project is generated and built, which keeps a run short on a
// small machine. Each class sets its own short job. Results land in BenchmarkDotNet.Artifacts/.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault())
    .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile);
BenchmarkSwitcher.FromAssembly(typeof(Pamong.Benchmarks.BenchDatabase).Assembly).Run(args, config);
