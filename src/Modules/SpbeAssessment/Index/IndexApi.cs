using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Web;
using Pamong.SpbeAssessment.Instruments;

namespace Pamong.SpbeAssessment.Index;

/// <summary>
/// <c>POST /api/v1/spbe/index</c>: computes an SPBE index without storing anything. Other systems rely
/// on this exact shape (see docs/modules/spbe.md).
/// </summary>
public static class IndexApi
{
    private static readonly string[] InputNames = ["levels", "aspectValues", "domainValues"];

    public sealed record ValueDto(string Code, double Value);

    public sealed record IndexResponse(double Index, string Predicate, IReadOnlyList<ValueDto> Domains, IReadOnlyList<ValueDto> Aspects);

    public static void MapIndexApi(this IEndpointRouteBuilder api) =>
        api.MapPost("/spbe/index", (JsonElement body, InstrumentCatalog catalog, CancellationToken ct) => ComputeAsync(body, catalog, ct))
            .WithName("ComputeSpbeIndex")
            .WithTags("SPBE")
            .WithSummary("Computes an SPBE index from indicator levels, aspect values or domain values, without storing anything (instrumentId: a shipped or a stored instrument).")
            .Accepts<JsonElement>("application/json")
            .Produces<IndexResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    internal static async Task<IResult> ComputeAsync(JsonElement body, InstrumentCatalog catalog, CancellationToken ct)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Problems.Invalid("request_invalid", "Badan permintaan harus objek JSON.");
        }

        var (instrument, instrumentProblem) = await ReadInstrumentAsync(body, catalog, ct);
        if (instrument is null)
        {
            return instrumentProblem!;
        }

        var inputs = InputNames.Where(n => body.TryGetProperty(n, out var v) && v.ValueKind != JsonValueKind.Null).ToList();
        if (inputs.Count != 1)
        {
            return Problems.Invalid("input_choice_invalid", "Isi tepat satu dari \"levels\", \"aspectValues\" atau \"domainValues\".");
        }

        var (values, parseProblems) = ReadValues(body.GetProperty(inputs[0]));
        if (parseProblems.Count > 0)
        {
            return Invalid(parseProblems);
        }

        var (result, problems) = inputs[0] switch
        {
            "levels" => SpbeIndex.FromLevels(instrument, values),
            "aspectValues" => SpbeIndex.FromAspects(instrument, values),
            _ => SpbeIndex.FromDomains(instrument, values),
        };
        if (result is null)
        {
            return Invalid(problems);
        }

        return Results.Ok(new IndexResponse(
            (double)result.Published,
            result.Predicate,
            result.Domains.Select(d => new ValueDto(d.Code, (double)d.Published)).ToList(),
            result.Aspects.Select(a => new ValueDto(a.Code, (double)a.Published)).ToList()));
    }

    private static IResult Invalid(IReadOnlyList<SpbeIndex.Problem> problems) =>
        Problems.Invalid("index_input_invalid",
            "Masukan tidak valid untuk kode: " + string.Join(", ", problems.Select(p => p.Code).Distinct()) + ".",
            problems.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));

    private static async Task<(Instrument? Instrument, IResult? Problem)> ReadInstrumentAsync(JsonElement body, InstrumentCatalog catalog, CancellationToken ct)
    {
        var hasId = body.TryGetProperty("instrumentId", out var id) && id.ValueKind == JsonValueKind.String;
        var hasInline = body.TryGetProperty("instrument", out var inline) && inline.ValueKind == JsonValueKind.Object;
        if (hasId == hasInline)
        {
            return (null, Problems.Invalid("instrument_choice_invalid", "Isi tepat satu dari \"instrumentId\" atau \"instrument\"."));
        }

        if (hasId)
        {
            var found = await catalog.FindAsync(id.GetString()!, ct);
            return found is null
                ? (null, Problems.Invalid("instrument_unknown", $"Instrumen '{id.GetString()}' tidak dikenal. Yang tersedia: {string.Join(", ", (await catalog.AllAsync(ct)).Select(e => e.Instrument.Id))}."))
                : (found, null);
        }

        try
        {
            var instrument = inline.Deserialize<Instrument>(InstrumentLibrary.Json);
            var problems = instrument is null ? ["(instrument)"] : InstrumentCheck.Problems(instrument with { Id = instrument.Id ?? "inline", Name = instrument.Name ?? "inline" });
            return problems.Count == 0
                ? (instrument! with { Id = instrument.Id ?? "inline", Name = instrument.Name ?? "inline" }, null)
                : (null, Problems.Invalid("instrument_invalid", "Definisi instrumen tidak valid: " + string.Join("; ", problems)));
        }
        catch (JsonException e)
        {
            return (null, Problems.Invalid("instrument_invalid", "Definisi instrumen tidak valid: " + e.Message));
        }
    }

    private static (Dictionary<string, decimal> Values, List<SpbeIndex.Problem> Problems) ReadValues(JsonElement element)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var problems = new List<SpbeIndex.Problem>();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("(input)", "Nilai harus berupa objek {\"kode\": angka}."));
            return (values, problems);
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDecimal(out var number))
            {
                values[property.Name] = number;
            }
            else
            {
                problems.Add(new(property.Name, string.Create(CultureInfo.InvariantCulture, $"Nilai untuk kode {property.Name} harus berupa angka.")));
            }
        }

        return (values, problems);
    }
}
