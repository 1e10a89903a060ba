using System.Text.Json;
using Microsoft.Playwright;

namespace Pamong.BrowserTests;

/// <summary>
/// Runs axe-core (installed by scripts/prepare-test-machine.sh from package-lock.json) in the page and
/// returns the WCAG 2.x A/AA violations, one line each.
/// </summary>
public static class Accessibility
{
    private static readonly string AxePath = Path.Combine(LiveApp.RepositoryRoot(), "tests", "Pamong.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    public static string? Unavailable => File.Exists(AxePath) ? null : "axe-core is not installed (npm ci in tests/Pamong.BrowserTests; scripts/prepare-test-machine.sh does it).";

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = AxePath });
        var json = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa'] } }))" +
            ".violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))");
        return json.EnumerateArray().Select(v => v.GetString() ?? "").ToList();
    }
}
