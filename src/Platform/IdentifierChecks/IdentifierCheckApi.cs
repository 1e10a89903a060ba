using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Web;

namespace Pamong.Platform.IdentifierChecks;

/// <summary>
/// Structural checks of a NIK or a Nomor KK under /api/v1 (public; no personal data is looked up).
/// The GET forms put the number in the URL; the POST forms keep it out of URLs, proxies and browser history.
/// </summary>
public static class IdentifierCheckApi
{
    public static void MapIdentifierCheckApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiV1().WithTags("Identifiers");

        api.MapGet("/nik/{value}", (string value, IdentifierChecker checker, HttpContext http) =>
                Nik(value, checker, http))
            .WithName("CheckNik")
            .WithSummary("Checks the structure of a NIK (any input of 1–32 characters) and reports every problem.")
            .Produces<NikCheckJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapPost("/nik", (IdentifierInput? body, IdentifierChecker checker, HttpContext http) =>
                Nik(body?.Value ?? "", checker, http))
            .WithName("CheckNikInBody")
            .WithSummary("As GET /api/v1/nik/{value}, with the number in the body ({\"value\":\"...\"}) instead of the URL.")
            .Produces<NikCheckJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/kk/{value}", (string value, IdentifierChecker checker, HttpContext http) =>
                Kk(value, checker, http))
            .WithName("CheckKk")
            .WithSummary("Checks the structure of a Nomor KK (family card number; any input of 1–32 characters).")
            .Produces<KkCheckJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapPost("/kk", (IdentifierInput? body, IdentifierChecker checker, HttpContext http) =>
                Kk(body?.Value ?? "", checker, http))
            .WithName("CheckKkInBody")
            .WithSummary("As GET /api/v1/kk/{value}, with the number in the body ({\"value\":\"...\"}) instead of the URL.")
            .Produces<KkCheckJson>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Nik(string value, IdentifierChecker checker, HttpContext http)
    {
        KeepNumberOutOfTraces(http);
        return value.Length > IdentifierChecker.MaxInputLength
            ? Problems.Invalid("nik_input_too_long", $"Masukan terlalu panjang; NIK yang diperiksa paling banyak {IdentifierChecker.MaxInputLength} karakter.")
            : Results.Ok(NikCheckJson.From(checker.Nik(value)));
    }

    private static IResult Kk(string value, IdentifierChecker checker, HttpContext http)
    {
        KeepNumberOutOfTraces(http);
        return value.Length > IdentifierChecker.MaxInputLength
            ? Problems.Invalid("kk_input_too_long", $"Masukan terlalu panjang; Nomor KK yang diperiksa paling banyak {IdentifierChecker.MaxInputLength} karakter.")
            : Results.Ok(KkCheckJson.From(checker.Kk(value)));
    }

    /// <summary>Tracing records the request path; a NIK in it is personal data, so the route template replaces it.</summary>
    private static void KeepNumberOutOfTraces(HttpContext http)
    {
        if (Activity.Current is { } activity && http.GetEndpoint() is RouteEndpoint endpoint)
        {
            activity.SetTag("url.path", "/" + endpoint.RoutePattern.RawText?.TrimStart('/'));
        }
    }
}
