using Microsoft.AspNetCore.Builder;
using Pamong.Platform.Data;

namespace Pamong.Platform;

/// <summary>
/// Administrative commands run by the same program: <c>dotnet run --project src/Pamong.Web -- migrate</c>.
/// Each returns the process exit code.
/// </summary>
public static class CommandLine
{
    public static readonly Dictionary<string, (string Help, Func<WebApplication, string[], Task<int>> Run)> Commands = new()
    {
        ["migrate"] = ("Apply database migrations and exit.", async (app, _) =>
        {
            await StartupSteps.MigrateAsync(app.Services);
            Console.WriteLine("Database migrated.");
            return 0;
        }
        ),
    };

    /// <summary>Runs the command named by the first argument, or returns null when there is none.</summary>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        if (args[0] is "help" or "--help")
        {
            foreach (var (name, (help, _)) in Commands)
            {
                Console.WriteLine($"  {name,-18} {help}");
            }

            return 0;
        }

        if (!Commands.TryGetValue(args[0], out var command))
        {
            return null;
        }

        return await command.Run(app, args[1..]);
    }
}
