using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Localization;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Targeting;

namespace Pamong.SocialProtection.CekBansos;

/// <summary>Checks the question and words the answer of a Cek Bansos lookup (the page and the API say the same).</summary>
public sealed partial class CekBansosAnswer(CekBansosLookup lookup, DecisionExplainer explainer, TimeProvider clock, IStringLocalizer<PerlinsosText> text)
{
    public async Task<Outcome<IReadOnlyList<CekResult>>> AskAsync(string? nik, string? name, CancellationToken ct)
    {
        nik = nik?.Trim() ?? "";
        name = name?.Trim() ?? "";
        var errors = new FieldErrors();
        if (!NikPattern().IsMatch(nik))
        {
            errors.Add("Nik", text["CekNikInvalid"]);
        }

        if (name.Length is < 2 or > 200)
        {
            errors.Add("Nama", text["CekNameRequired"]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("cek_invalid", text["CekInvalid"], errors.ToDictionary());
        }

        var lines = await lookup.FindAsync(nik, name, ct);
        if (lines.Count == 0)
        {
            return Refusal.NotFound("cek_not_found", text["CekNotFound"]);
        }

        var now = clock.GetUtcNow();
        return lines.OrderBy(l => l.ProgramName, StringComparer.Ordinal).Select(l => new CekResult(
            l.ProgramName,
            l.Period,
            l.VillageName,
            l.Status.ToString(),
            text["Status" + l.Status],
            explainer.Explain(l.Status, OutcomeJson.Read(l.OutcomesJson), l.ProgramName, l.VillageName),
            l.AppealUntil,
            l.AppealUntil is { } until && until > now
                ? text["CekHowToAppeal", IndonesianFormat.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(until, IndonesianFormat.Wib).DateTime))]
                : text["CekAppealClosed"])).ToList();
    }

    [GeneratedRegex("^[0-9]{16}$")]
    private static partial Regex NikPattern();
}

/// <summary>One program's answer: status (stable code and words), the reason, and how and until when to appeal.</summary>
public sealed record CekResult(string Program, string Period, string Village, string Status, string StatusText, string Reason, DateTimeOffset? AppealUntil, string HowToAppeal);
