using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;

namespace Pamong.PublicServices.Calendar;

/// <summary><c>/api/v1/holidays</c> and <c>/api/v1/working-days</c>: the Pemda's holiday calendar and working-day arithmetic.</summary>
public static class HolidaysApi
{
    public sealed record HolidayJson(DateOnly Date, string Name);

    public sealed record ImportRequest(string? List);

    public sealed record WorkingDaysJson(DateOnly From, DateOnly? To, int? Days, DateOnly? DueOn, int? WorkingDays);

    public static void MapHolidaysApi(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/holidays").WithTags("Holidays");
        group.MapGet("/", async (int? year, HolidayEditor editor, CancellationToken ct) =>
                Results.Ok((await editor.ListAsync(year, ct)).Select(h => new HolidayJson(h.Date, h.Name)).ToList()))
            .AllowAnonymous()
            .WithName("ListHolidays")
            .WithSummary("The Pemda's holidays (not working days), optionally of one year.")
            .Produces<List<HolidayJson>>();

        group.MapPost("/", async (HolidayInput input, HolidayEditor editor, CancellationToken ct) =>
                await editor.AddAsync(input, ct) is { Refusal: { } refusal } ? refusal.ToProblem() : Results.Created("/api/v1/holidays", new HolidayJson(DateOnly.ParseExact(input.Date!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture), input.Name!.Trim())))
            .RequireAuthorization(Permissions.ManageServices)
            .WithName("AddHoliday")
            .WithSummary("Adds a holiday: {\"date\":\"2026-12-25\",\"name\":\"Hari Raya Natal\"}.")
            .Produces<HolidayJson>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{date}", async (string date, HolidayEditor editor, CancellationToken ct) =>
            {
                if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    return Problems.Invalid("date_invalid", "Tanggal harus berformat TTTT-BB-HH.");
                }

                return await editor.RemoveAsync(day, ct) is { Refusal: { } refusal } ? refusal.ToProblem() : Results.NoContent();
            })
            .RequireAuthorization(Permissions.ManageServices)
            .WithName("RemoveHoliday")
            .WithSummary("Removes the holiday on a date (yyyy-MM-dd).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/import", async (ImportRequest request, HolidayEditor editor, CancellationToken ct) =>
            {
                var outcome = await editor.ImportAsync(request.List, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Ok(outcome.Value);
            })
            .RequireAuthorization(Permissions.ManageServices)
            .WithName("ImportHolidays")
            .WithSummary("Adds a list of holidays, one per line \"yyyy-MM-dd Name\"; dates already there are skipped, nothing is added when a line is unreadable.")
            .Produces<HolidayEditor.ImportSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/working-days", async (string? from, string? to, int? days, WorkingDayCalendar calendar, CancellationToken ct) =>
            {
                if (!TryDate(from, out var start))
                {
                    return Problems.Invalid("date_invalid", "Isi \"from\" dengan tanggal berformat TTTT-BB-HH.");
                }

                var workingDays = await calendar.LoadAsync(ct);
                if (TryDate(to, out var end))
                {
                    return Results.Ok(new WorkingDaysJson(start, end, null, null, workingDays.Between(start, end)));
                }

                return days is >= 0 and <= 3650
                    ? Results.Ok(new WorkingDaysJson(start, null, days, workingDays.Add(start, days.Value), null))
                    : Problems.Invalid("working_days_query_invalid", "Isi \"to\" (tanggal) atau \"days\" (0–3650 hari kerja).");
            })
            .AllowAnonymous()
            .WithTags("Holidays")
            .WithName("WorkingDays")
            .WithSummary("Working-day arithmetic of the Pemda: ?from=&days= gives the due date; ?from=&to= counts the working days after from up to to.")
            .Produces<WorkingDaysJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
