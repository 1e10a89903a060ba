using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Web;

namespace Pamong.PublicServices.Satisfaction;

/// <summary><c>POST /api/v1/ikm/calculate</c>: computes an IKM from raw answers without storing them (exact shape in docs/modules/public-services.md).</summary>
public static class IkmApi
{
    public sealed record CalculateRequest(IReadOnlyList<IReadOnlyList<int>>? Responses);

    public sealed record CalculateResponse(int Respondents, IReadOnlyList<double> Nrr, double Ikm, double Converted, string Grade, string Performance);

    public static void MapIkmApi(this IEndpointRouteBuilder api) =>
        api.MapPost("/ikm/calculate", (CalculateRequest request) => Calculate(request))
            .WithName("CalculateIkm")
            .WithTags("IKM")
            .WithSummary("Computes the public-satisfaction index (PermenPANRB 14/2017) from raw answers without storing them.")
            .Produces<CalculateResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    internal static IResult Calculate(CalculateRequest request)
    {
        if (request.Responses is not { Count: > 0 } responses || responses.Any(r => r is null))
        {
            return Problems.Invalid("responses_required", "Isi \"responses\" dengan sedikitnya satu jawaban berisi 9 nilai 1–4.");
        }

        var problems = Ikm.Check(responses);
        if (problems.Count > 0)
        {
            return Problems.Invalid("ikm_response_invalid",
                "Jawaban tidak valid pada indeks: " + string.Join(", ", problems.Select(p => p.Response.ToString(CultureInfo.InvariantCulture))) + ".",
                problems.ToDictionary(p => $"responses[{p.Response.ToString(CultureInfo.InvariantCulture)}]", p => new[] { p.Message }));
        }

        var result = Ikm.Calculate(responses);
        return Results.Ok(new CalculateResponse(
            result.Respondents,
            result.Nrr.Select(n => (double)Math.Round(n, 3, MidpointRounding.AwayFromZero)).ToList(),
            (double)result.PublishedIndex,
            (double)result.PublishedConverted,
            result.Grade,
            result.Performance));
    }
}
