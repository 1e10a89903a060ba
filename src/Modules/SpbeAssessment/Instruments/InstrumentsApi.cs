using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Data;

namespace Pamong.SpbeAssessment.Instruments;

/// <summary>/api/v1/spbe/instruments: the shipped and stored instruments; administrators add, change, copy and remove stored ones.</summary>
public static class InstrumentsApi
{
    public sealed record InstrumentRow(string Id, string Name, string? Regulation, int? ValidFrom, int Version, bool Shipped,
        int Domains, int Aspects, int Indicators, decimal WeightTotal, DateTime? UpdatedAt, IReadOnlyList<int> UsedBy);

    public sealed record CopyRequest(string? Id, string? Name);

    public static void MapInstrumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/spbe/instruments").WithTags("SPBE");

        api.MapGet("/", async (InstrumentCatalog catalog, SpbeDb db, CancellationToken ct) =>
            {
                var used = await UsageAsync(db, ct);
                return Results.Ok((await catalog.AllAsync(ct)).Select(e => Row(e, used)));
            })
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("ListSpbeInstruments")
            .WithSummary("The instruments the Pemda can use: shipped (PermenPANRB 59/2020, 5/2018) and stored by its administrator, with the years that use them.");

        api.MapGet("/{id}", async (string id, InstrumentCatalog catalog, CancellationToken ct) =>
                await catalog.FindEntryAsync(id, ct) is { } entry
                    ? Results.Json(Definition(entry))
                    : Problems.NotFound("instrument_not_found", $"Instrumen '{id}' tidak ditemukan."))
            .RequireAuthorization(Permissions.ReadSpbe)
            .WithName("GetSpbeInstrument")
            .WithSummary("An instrument's whole definition (the upload shape) with \"version\" and \"shipped\".");

        api.MapPost("/", async (HttpRequest request, InstrumentEditor editor, InstrumentCatalog catalog, SpbeDb db, CancellationToken ct) =>
            {
                if (await ReadJsonAsync(request, ct) is not { } body)
                {
                    return NotJson();
                }

                var outcome = await editor.UploadAsync(body, ct);
                return await SavedAsync(outcome, catalog, db, created: true, ct);
            })
            .RequireAuthorization(Permissions.ManageSpbe)
            .Accepts<JsonObject>("application/json")
            .WithName("UploadSpbeInstrument")
            .WithSummary("Adds an instrument from its JSON definition (see docs/modules/spbe.md). Answers the instrument and \"warnings\" (e.g. weights that do not add up to 100).");

        api.MapPut("/{id}", async (string id, HttpRequest request, InstrumentEditor editor, InstrumentCatalog catalog, SpbeDb db, CancellationToken ct) =>
            {
                if (await ReadJsonAsync(request, ct) is not { } body)
                {
                    return NotJson();
                }

                return await SavedAsync(await editor.ReplaceAsync(id, body, ct), catalog, db, created: false, ct);
            })
            .RequireAuthorization(Permissions.ManageSpbe)
            .Accepts<JsonObject>("application/json")
            .WithName("ReplaceSpbeInstrument")
            .WithSummary("Replaces a stored instrument's definition (names, weights, level meanings). Refused for shipped instruments, for structure changes while periods use it, and for weight changes while a locked period uses it.");

        api.MapPost("/{id}/copy", async (string id, CopyRequest request, InstrumentEditor editor, InstrumentCatalog catalog, SpbeDb db, CancellationToken ct) =>
                await SavedAsync(await editor.CopyAsync(id, request.Id, request.Name, ct), catalog, db, created: true, ct))
            .RequireAuthorization(Permissions.ManageSpbe)
            .WithName("CopySpbeInstrument")
            .WithSummary("Stores a copy of an instrument under a new id and name: {\"id\":\"pemda-2025\",\"name\":\"...\"}.");

        api.MapDelete("/{id}", async (string id, InstrumentEditor editor, CancellationToken ct) =>
            {
                var outcome = await editor.DeleteAsync(id, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.NoContent();
            })
            .RequireAuthorization(Permissions.ManageSpbe)
            .WithName("DeleteSpbeInstrument")
            .WithSummary("Removes a stored instrument no period uses.");
    }

    public static async Task<Dictionary<string, List<int>>> UsageAsync(SpbeDb db, CancellationToken ct) =>
        (await db.Periods.AsNoTracking().Select(p => new { p.InstrumentId, p.Year }).ToListAsync(ct))
            .GroupBy(p => p.InstrumentId).ToDictionary(g => g.Key, g => g.Select(p => p.Year).Order().ToList());

    public static InstrumentRow Row(CatalogEntry e, IReadOnlyDictionary<string, List<int>> used)
    {
        var i = e.Instrument;
        return new InstrumentRow(i.Id, i.Name, i.Regulation, i.ValidFrom, e.Version, e.Shipped, i.Domains.Count, i.Aspects.Count(), i.Indicators.Count(),
            i.Domains.Sum(d => d.Weight), e.UpdatedAt, used.TryGetValue(i.Id, out var years) ? years : []);
    }

    private static JsonNode Definition(CatalogEntry entry)
    {
        var node = JsonNode.Parse(InstrumentJson.Serialize(entry.Instrument))!;
        node["version"] = entry.Version;
        node["shipped"] = entry.Shipped;
        return node;
    }

    private static async Task<string?> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        // Only JSON: a cross-site form cannot send it without the browser asking first.
        if (!request.HasJsonContentType())
        {
            return null;
        }

        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct);
    }

    private static IResult NotJson() =>
        Problems.Create(StatusCodes.Status415UnsupportedMediaType, "request_media_type", "Jenis isi tidak didukung", "Kirim definisi instrumen sebagai application/json.");

    private static async Task<IResult> SavedAsync(Outcome<StoredInstrument> outcome, InstrumentCatalog catalog, SpbeDb db, bool created, CancellationToken ct)
    {
        if (outcome.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }

        var entry = (await catalog.FindEntryAsync(outcome.Value!.InstrumentId, ct))!;
        var body = new { instrument = Row(entry, await UsageAsync(db, ct)), warnings = outcome.Warnings };
        return created ? Results.Created($"/api/v1/spbe/instruments/{entry.Instrument.Id}", body) : Results.Ok(body);
    }
}
