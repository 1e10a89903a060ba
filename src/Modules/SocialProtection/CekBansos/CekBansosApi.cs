using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pamong.SocialProtection.CekBansos;

/// <summary>/api/v1/perlinsos/cek: the public lookup, without sign-in, limited per client address.</summary>
public static class CekBansosApi
{
    public static void MapCekBansosApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/perlinsos/cek").WithTags("Perlinsos").AllowAnonymous().RequireRateLimiting(CekBansosSetup.RateLimitPolicy);

        api.MapGet("/", async (string? nik, string? nama, CekBansosAnswer answer, CancellationToken ct) => Reply(await answer.AskAsync(nik, nama, ct)))
            .WithName("CekBansos")
            .WithSummary("Cek Bansos by NIK and name (both required; the name as on the KTP, compared after normalisation). 404 cek_not_found for an unknown NIK and for a wrong name alike; 429 over the per-client limit.");

        api.MapPost("/", async (CekQuestion question, CekBansosAnswer answer, CancellationToken ct) => Reply(await answer.AskAsync(question.Nik, question.Nama, ct)))
            .WithName("CekBansosPost")
            .WithSummary("The same lookup with the NIK in the body ({\"nik\":\"...\",\"nama\":\"...\"}), so that it stays out of URLs and logs.");
    }

    private static IResult Reply(Platform.Web.Outcome<IReadOnlyList<CekResult>> outcome) =>
        outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Json(new CekAnswerBody(outcome.Value!), CekBansosJson.Default.CekAnswerBody);
}

public sealed record CekQuestion(string? Nik, string? Nama);
