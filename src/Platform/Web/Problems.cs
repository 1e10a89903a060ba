using Microsoft.AspNetCore.Http;

namespace Pamong.Platform.Web;

/// <summary>
/// RFC 9457 problem details for the API: an Indonesian title and detail for people, and a stable
/// English <c>code</c> for programs.
/// </summary>
public static class Problems
{
    public static IResult NotFound(string code, string detail) =>
        Create(StatusCodes.Status404NotFound, code, "Tidak ditemukan", detail);

    public static IResult Invalid(string code, string detail, IDictionary<string, string[]>? errors = null) =>
        Create(StatusCodes.Status400BadRequest, code, "Permintaan tidak valid", detail, errors);

    public static IResult Forbidden(string code, string detail) =>
        Create(StatusCodes.Status403Forbidden, code, "Tidak diizinkan", detail);

    public static IResult Conflict(string code, string detail) =>
        Create(StatusCodes.Status409Conflict, code, "Konflik data", detail);

    public static IResult Create(int status, string code, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (errors is { Count: > 0 })
        {
            extensions["errors"] = errors;
        }

        return Results.Problem(statusCode: status, title: title, detail: detail, type: TypeOf(code), extensions: extensions);
    }

    public static string TypeOf(string code) => "urn:pamong:problem:" + code;
}
