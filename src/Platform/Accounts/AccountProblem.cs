using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts;

/// <summary>
/// Why an account operation was refused: a stable code for programs, the form field it concerns, and a
/// message for people. Pages put it next to the field; the API answers with problem details.
/// </summary>
public sealed record AccountProblem(string Code, string Field, string Message, int Status = StatusCodes.Status400BadRequest)
{
    public static IEnumerable<AccountProblem> FromIdentity(IdentityResult result, string field) =>
        result.Errors.Select(e => new AccountProblem(e.Code, field, e.Description));
}

/// <summary>The result of an account operation: a value, or the problems that stopped it.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "The factories read best on the type: AccountOutcome<T>.Ok(value).")]
public sealed record AccountOutcome<T>(T? Value, IReadOnlyList<AccountProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static AccountOutcome<T> Ok(T value) => new(value, []);

    public static AccountOutcome<T> Refused(params AccountProblem[] problems) => new(default, problems);

    public static AccountOutcome<T> Refused(IEnumerable<AccountProblem> problems) => new(default, [.. problems]);
}

public static class AccountProblems
{
    /// <summary>Problem details for the API: the first problem's code and status, every message by field.</summary>
    public static IResult ToProblem(this IReadOnlyList<AccountProblem> problems)
    {
        var first = problems[0];
        var errors = problems.GroupBy(p => Camel(p.Field)).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        var title = first.Status switch
        {
            StatusCodes.Status404NotFound => "Tidak ditemukan",
            StatusCodes.Status403Forbidden => "Tidak diizinkan",
            StatusCodes.Status409Conflict => "Konflik data",
            StatusCodes.Status429TooManyRequests => "Terlalu banyak permintaan",
            _ => "Permintaan tidak valid",
        };
        return Problems.Create(first.Status, first.Code, title, first.Message, errors);
    }

    /// <summary>Shows the problems on a page: each under its field (the field name of the page model).</summary>
    public static void AddTo(this IEnumerable<AccountProblem> problems, ModelStateDictionary modelState, string prefix = "")
    {
        foreach (var problem in problems)
        {
            modelState.AddModelError(prefix + problem.Field, problem.Message);
        }
    }

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
