using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Pamong.Platform.Web;

/// <summary>
/// Why an operation shared by a page and the API did not happen: an HTTP status, a stable English code,
/// an Indonesian explanation, and messages per input field (keyed by the input's property name).
/// The page copies it into its model state; the API answers it as problem details.
/// </summary>
public sealed record Refusal(int Status, string Code, string Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly Dictionary<string, string[]> None = [];

    public static Refusal Invalid(string code, string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new(StatusCodes.Status400BadRequest, code, detail, errors ?? None);

    public static Refusal NotFound(string code, string detail) => new(StatusCodes.Status404NotFound, code, detail, None);

    public static Refusal Forbidden(string code, string detail, string? field = null) =>
        new(StatusCodes.Status403Forbidden, code, detail, field is null ? None : new Dictionary<string, string[]> { [field] = [detail] });

    public static Refusal Conflict(string code, string detail, string? field = null) =>
        new(StatusCodes.Status409Conflict, code, detail, field is null ? None : new Dictionary<string, string[]> { [field] = [detail] });

    /// <summary>A refusal with its message on one input field ("" for the form as a whole).</summary>
    public static Refusal OnField(string code, string field, string detail, int status = StatusCodes.Status400BadRequest) =>
        new(status, code, detail, new Dictionary<string, string[]> { [field] = [detail] });

    /// <summary>One message per Identity error, each on <paramref name="field"/>, to be given together with <see cref="Combine"/>.</summary>
    public static IEnumerable<Refusal> FromIdentity(IdentityResult result, string field) =>
        result.Errors.Select(e => OnField(e.Code, field, e.Description));

    /// <summary>Several findings as one refusal: the first one's status, code and detail; every field message, grouped by field.</summary>
    public static Refusal Combine(IEnumerable<Refusal> refusals)
    {
        var all = refusals.ToList();
        var errors = new FieldErrors();
        foreach (var (field, messages) in all.SelectMany(r => r.Errors))
        {
            foreach (var message in messages)
            {
                errors.Add(field, message);
            }
        }

        return all[0] with { Errors = errors.ToDictionary() };
    }

    /// <summary>RFC 9457 problem details; field names become camelCase like the JSON bodies.</summary>
    public IResult ToProblem()
    {
        var title = Status switch
        {
            StatusCodes.Status403Forbidden => "Tidak diizinkan",
            StatusCodes.Status404NotFound => "Tidak ditemukan",
            StatusCodes.Status409Conflict => "Konflik data",
            StatusCodes.Status429TooManyRequests => "Terlalu banyak permintaan",
            _ => "Permintaan tidak valid",
        };
        var errors = Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value);
        return Problems.Create(Status, Code, title, Detail, errors);
    }

    /// <summary>
    /// Puts the messages on the page's fields (<paramref name="prefix"/> e.g. "Input", or "" for properties of the page
    /// itself); messages of the field "" and a refusal of no field go to the form.
    /// </summary>
    public void CopyTo(ModelStateDictionary modelState, string prefix)
    {
        foreach (var (field, messages) in Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(field.Length == 0 ? "" : prefix.Length == 0 ? field : prefix + "." + field, message);
            }
        }

        if (Errors.Count == 0)
        {
            modelState.AddModelError("", Detail);
        }
    }
}
