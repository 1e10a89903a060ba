using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Pamong.Web;

/// <summary>Tells the person who started Pamong where to open it (and, in demo mode, how to sign in).</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("==============================================================");
        Console.WriteLine(" Pamong is running. Open:");
        foreach (var address in addresses)
        {
            Console.WriteLine($"   {address.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal)}");
        }

        foreach (var line in Pamong.Platform.Demo.DemoBanner.Lines)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine("==============================================================");
        Console.WriteLine();
    }
}
