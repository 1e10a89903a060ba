using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Web;
using Pamong.PublicServices.Data;
using Pamong.PublicServices.Statistics;

namespace Pamong.PublicServices.Satisfaction.Reports;

/// <summary>
/// <c>GET /api/v1/ikm?unit={code}&amp;from=YYYY-MM-DD&amp;to=YYYY-MM-DD[&amp;service={code}]</c>: the published index of the
/// stored surveys (aggregates only, no sign-in), in the shape of <c>POST /api/v1/ikm/calculate</c> plus the selection.
/// </summary>
public static class IkmResultsApi
{
    /// <summary>The calculate response's fields (null without respondents), plus what was selected and a note.</summary>
    public sealed record StoredIkmResponse(
        int Respondents, IReadOnlyList<double> Nrr, double? Ikm, double? Converted, string? Grade, string? Performance,
        string? Unit, string UnitName, string? Service, string From, string To, string? Note);

    public static void MapIkmResultsApi(this IEndpointRouteBuilder api) =>
        api.MapGet("/ikm", ResultAsync)
            .WithName("GetIkm")
            .WithTags("IKM")
            .WithSummary("The public-satisfaction index of the stored surveys of a unit (and optionally a service) in a period; respondents 0 when there are none.")
            .Produces<StoredIkmResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    internal static async Task<IResult> ResultAsync(string? unit, string? from, string? to, string? service,
        IkmResults results, PublicServicesDb db, TimeProvider clock, CancellationToken ct)
    {
        var period = Period.Parse(from, to, Platform.Localization.WibClock.WibToday(clock));
        if (period.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }

        string unitName = "Semua unit";
        if (!string.IsNullOrWhiteSpace(unit))
        {
            if (await results.UnitAsync(unit.Trim(), ct) is not { } found)
            {
                return Problems.Invalid("unit_unknown", $"Unit \"{unit}\" tidak dikenal. Pakai kode unit organisasi, misalnya DINSOS atau 35.10.15.2004.");
            }

            unitName = found.Name;
        }

        Guid? serviceId = null;
        if (!string.IsNullOrWhiteSpace(service))
        {
            serviceId = await db.Services.Where(s => s.Code == service.Trim()).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
            if (serviceId is null)
            {
                return Problems.Invalid("service_unknown", $"Layanan \"{service}\" tidak dikenal.");
            }
        }

        var result = await results.ForUnitAsync(string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), unitName, period.Value!, ct, serviceId);
        return Results.Ok(Of(result, string.IsNullOrWhiteSpace(service) ? null : service.Trim(), period.Value!));
    }

    public static StoredIkmResponse Of(IkmResult result, string? service, Period period)
    {
        var from = period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = period.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var unit = result.Key.Length > 0 ? result.Key : null;
        if (result.Index is not { } index)
        {
            return new StoredIkmResponse(0, [], null, null, null, null, unit, result.Name, service, from, to,
                "Belum ada survei yang tersimpan untuk pilihan dan periode ini; IKM belum dapat dihitung.");
        }

        return new StoredIkmResponse(
            index.Respondents,
            index.Nrr.Select(n => (double)Math.Round(n, 3, MidpointRounding.AwayFromZero)).ToList(),
            (double)index.PublishedIndex,
            (double)index.PublishedConverted,
            index.Grade,
            index.Performance,
            unit, result.Name, service, from, to, null);
    }
}
