using Pamong.ServiceBench;

// bench/public-services.sh runs these in order; each prints its own numbers.
var command = args.Length > 0 ? args[0] : "";
var arguments = new Arguments(args.Skip(1));
return command switch
{
    "generate" => await HistoryGenerator.RunAsync(arguments),
    "tracking" => await TrackingLoad.RunAsync(arguments),
    "submit" => await SubmitAndProcess.RunAsync(arguments),
    "dashboards" => await DashboardTimings.RunAsync(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Pamong.ServiceBench generate   --connection NPGSQL [--applications 1000000] [--surveys 0.3] [--seed 2026]
        Pamong.ServiceBench tracking   --url URL --connection NPGSQL [--rate 1000] [--seconds 30] [--connections 256]
        Pamong.ServiceBench submit     --url URL --connection NPGSQL [--seconds 30] [--workers 16] [--pgbench-tps N]
        Pamong.ServiceBench dashboards --url URL [--repeat 5] [--year 2026]
        """);
    return 2;
}
