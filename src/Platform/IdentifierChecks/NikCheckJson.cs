using System.Globalization;
using Pamong.Platform.People;

namespace Pamong.Platform.IdentifierChecks;

/// <summary>
/// The result of GET /api/v1/nik/{value} (a published contract; keep the shape):
/// <c>{"nik":"3510015705900001","valid":true,"regionCode":"35.10.01","birthDate":"1990-05-17","sex":"F","problems":[]}</c>.
/// </summary>
public sealed record NikCheckJson(string Nik, bool Valid, string? RegionCode, string? BirthDate, string? Sex, IReadOnlyList<IdentifierProblemJson> Problems)
{
    public static NikCheckJson From(NikCheck check) => new(
        check.Input,
        check.Valid,
        check.RegionCode,
        check.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        check.Sex switch
        {
            People.Sex.Female => "F",
            People.Sex.Male => "M",
            _ => null,
        },
        [.. check.Problems.Select(IdentifierProblemJson.From)]);
}
