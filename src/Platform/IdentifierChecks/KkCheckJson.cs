using System.Globalization;
using Pamong.Platform.People;

namespace Pamong.Platform.IdentifierChecks;

/// <summary>
/// The result of GET /api/v1/kk/{value}:
/// <c>{"kk":"3510012304180012","valid":true,"regionCode":"35.10.01","issueDate":"2018-04-23","problems":[]}</c>.
/// </summary>
public sealed record KkCheckJson(string Kk, bool Valid, string? RegionCode, string? IssueDate, IReadOnlyList<IdentifierProblemJson> Problems)
{
    public static KkCheckJson From(KkCheck check) => new(
        check.Input,
        check.Valid,
        check.RegionCode,
        check.IssueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [.. check.Problems.Select(IdentifierProblemJson.From)]);
}
