using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pamong.Platform.Localization;
using Pamong.Platform.Web;

namespace Pamong.PublicServices.Statistics;

/// <summary>What the dashboard pages render: the report, or the default one with the query's problems on the model state.</summary>
public static class StatisticsPage
{
    public static async Task<ServiceStatistics.Report> LoadAsync(
        Func<string?, string?, string?, Task<Outcome<ServiceStatistics.Report>>> run, string? by, string? from, string? to, ModelStateDictionary modelState)
    {
        var outcome = await run(by, from, to);
        if (outcome.Refusal is { } refusal)
        {
            refusal.CopyTo(modelState, "");
            outcome = await run(Breakdowns.Parse(by) is null ? null : by, null, null);
        }

        return outcome.Value!;
    }

    public static string Query(ServiceStatistics.Report report) => $"by={report.By.Key()}&{report.Period.Query}";

    public static string Days(double? value) => value is { } v ? v.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) : "–";

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture) + " %" : "–";

    public static string Number(long value) => IndonesianFormat.Number(value);
}
