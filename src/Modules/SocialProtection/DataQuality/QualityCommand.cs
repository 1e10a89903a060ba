using Microsoft.Extensions.DependencyInjection;
using Pamong.Platform.Tenancy;

namespace Pamong.SocialProtection.DataQuality;

/// <summary>`perlinsos-quality [tenant]`: runs the data-quality pass for one Pemda (default: the demo Pemda) and prints the summary.</summary>
internal static class QualityCommand
{
    public const string Name = "perlinsos-quality";
    public const string Help = "Run the Perlinsos data-quality pass for a Pemda (argument: tenant id, default banyuwangi).";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        using var scope = services.CreateScope();
        var tenant = args.Length > 0 ? args[0] : "banyuwangi";
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant);
        var result = await scope.ServiceProvider.GetRequiredService<QualityPass>().RunAsync(null, CancellationToken.None);
        output.WriteLine($"{tenant}: {result.People} people, {result.Households} households, {result.Comparisons} comparisons; " +
            $"{result.Findings} findings ({result.New} new, {result.Changed} changed, {result.Reopened} reopened, {result.Gone} gone); " +
            $"{result.FlagsChanged} staff flags changed; detection {result.Detection.TotalSeconds:0.0} s, storing {result.Storing.TotalSeconds:0.0} s");
        foreach (var (kind, count) in result.ByKind.OrderBy(k => k.Key))
        {
            output.WriteLine($"  {kind,-28} {count}");
        }

        return 0;
    }
}
