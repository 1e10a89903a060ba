using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Localization;
using Pamong.Platform.Regions;
using Pamong.Platform.Web;

namespace Pamong.Platform.People.Citizens;

/// <summary>
/// Registers and changes residents, only inside the officer's area (citizens.manage for the village).
/// The NIK and KK are checked (errors block, warnings are reported); the NIK's sex and birth date must agree
/// with what was entered; RT/RW become three digits; the village must be one of the Pemda's; a NIK is unique in the Pemda.
/// </summary>
public sealed class CitizenEditor(
    PamongDb db,
    TenantVillages villages,
    IAuthorizationService authorization,
    AuditActor actor,
    TimeProvider clock,
    IStringLocalizer<PeopleText> text)
{
    public async Task<Outcome<Citizen>> CreateAsync(ClaimsPrincipal user, CitizenInput input, CancellationToken ct)
    {
        var citizen = new Citizen();
        var (refusal, warnings) = await ApplyAsync(user, citizen, input, ct);
        if (refusal is not null)
        {
            return ((Outcome<Citizen>)refusal).With(warnings);
        }

        citizen.CreatedAt = citizen.UpdatedAt = clock.GetUtcNow();
        db.Citizens.Add(citizen);
        await db.SaveChangesAsync(ct);
        return ((Outcome<Citizen>)citizen).With(warnings);
    }

    /// <param name="reason">Why the record is changed; kept on the audit entry of the change.</param>
    public async Task<Outcome<Citizen>> UpdateAsync(ClaimsPrincipal user, int id, CitizenInput input, string? reason, CancellationToken ct)
    {
        var citizen = await db.Citizens.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (citizen is null || !await InAreaAsync(user, citizen.VillageCode))
        {
            return Refusal.NotFound("citizen_not_found", text["CitizenNotFound"]);
        }

        var (refusal, warnings) = await ApplyAsync(user, citizen, input, ct);
        if (refusal is not null)
        {
            return ((Outcome<Citizen>)refusal).With(warnings);
        }

        citizen.UpdatedAt = clock.GetUtcNow();
        actor.GiveReason(reason);
        await db.SaveChangesAsync(ct);
        return ((Outcome<Citizen>)citizen).With(warnings);
    }

    private async Task<bool> InAreaAsync(ClaimsPrincipal user, string villageCode) =>
        (await authorization.AuthorizeAsync(user, new InRegion(villageCode), Permissions.ManageCitizens)).Succeeded;

    private async Task<(Refusal? Refusal, IReadOnlyList<string> Warnings)> ApplyAsync(ClaimsPrincipal user, Citizen citizen, CitizenInput input, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), IndonesianFormat.Wib).DateTime);
        var errors = new FieldErrors();
        var warnings = new List<string>();
        var codes = new List<string>();

        var nik = await CheckNikAsync(input.Nik, today, errors, warnings, ct);
        if (errors.Has(nameof(CitizenInput.Nik)))
        {
            codes.Add("nik_invalid");
        }

        var kk = KkNumber.Check(input.KkNumber, today);
        foreach (var problem in kk.Problems)
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                errors.Add(nameof(CitizenInput.KkNumber), problem.Message);
            }
            else
            {
                warnings.Add(problem.Message);
            }
        }

        var fullName = Required(input.FullName, nameof(CitizenInput.FullName), 200, errors);
        var birthPlace = Required(input.BirthPlace, nameof(CitizenInput.BirthPlace), 100, errors);
        var address = Required(input.Address, nameof(CitizenInput.Address), 300, errors);
        var birthDate = ParseBirthDate(input.BirthDate, today, errors);
        var sex = ParseSex(input.Sex, errors);
        var relationship = FamilyRelationships.Find(input.FamilyRelationship);
        if (relationship is null)
        {
            errors.Add(nameof(CitizenInput.FamilyRelationship), text["RelationshipRequired"]);
        }

        var rt = Neighbourhood(input.Rt, nameof(CitizenInput.Rt), errors);
        var rw = Neighbourhood(input.Rw, nameof(CitizenInput.Rw), errors);
        if (nik is not null && CheckAgreement(nik, sex, birthDate, errors))
        {
            codes.Add("nik_mismatch");
        }

        if (!kk.Valid)
        {
            codes.Add("kk_invalid");
        }

        var village = await CheckVillageAsync(input.VillageCode, errors, codes, ct);
        if (errors.Any)
        {
            codes.Add("citizen_invalid");
            var code = codes[0];
            return (Refusal.Invalid(code, text["Invalid_" + code], errors.ToDictionary()), warnings);
        }

        if (!await InAreaAsync(user, village!.Code))
        {
            return (Refusal.Forbidden("outside_your_area", text["OutsideYourArea", village.Label], nameof(CitizenInput.VillageCode)), warnings);
        }

        if (nik!.Input != citizen.Nik && await db.Citizens.AnyAsync(c => c.Nik == nik.Input, ct))
        {
            return (Refusal.Conflict("nik_already_registered", text["NikAlreadyRegistered"], nameof(CitizenInput.Nik)), warnings);
        }

        citizen.Nik = nik.Input;
        citizen.KkNumber = kk.Input;
        citizen.FullName = fullName;
        citizen.BirthPlace = birthPlace;
        citizen.BirthDate = birthDate!.Value;
        citizen.Sex = sex!.Value;
        citizen.FamilyRelationship = relationship!;
        citizen.Address = address;
        citizen.Rt = rt;
        citizen.Rw = rw;
        citizen.VillageCode = village.Code;
        return (null, warnings);
    }

    private async Task<NikCheck?> CheckNikAsync(string? input, DateOnly today, FieldErrors errors, List<string> warnings, CancellationToken ct)
    {
        var trimmed = (input ?? "").Trim();
        var district = trimmed.Length == 16 && trimmed.All(char.IsAsciiDigit) ? Nik.FormatRegion(trimmed) : null;
        var known = district is not null && await db.Regions.AnyAsync(r => r.Code == district && r.Level == RegionLevel.District, ct);
        var check = Nik.Check(trimmed, today, code => known || code != district);
        foreach (var problem in check.Problems)
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                errors.Add(nameof(CitizenInput.Nik), problem.Message);
            }
            else
            {
                warnings.Add(problem.Message);
            }
        }

        return check.Valid ? check : null;
    }

    /// <summary>Adds an error per disagreement between the NIK and the entered sex or birth date; true when there was one.</summary>
    private bool CheckAgreement(NikCheck nik, Sex? sex, DateOnly? birthDate, FieldErrors errors)
    {
        var mismatch = false;
        if (sex is { } entered && nik.Sex is { } encoded && entered != encoded)
        {
            errors.Add(nameof(CitizenInput.Sex), text[encoded == Sex.Female ? "NikSaysFemale" : "NikSaysMale"]);
            mismatch = true;
        }

        // The NIK has a two-digit year: compare day, month and the last two digits of the year.
        if (birthDate is { } date && nik.BirthDate is { } fromNik
            && (date.Day != fromNik.Day || date.Month != fromNik.Month || date.Year % 100 != fromNik.Year % 100))
        {
            var shown = string.Create(CultureInfo.InvariantCulture, $"{fromNik.Day:00}-{fromNik.Month:00}-{fromNik.Year % 100:00}");
            errors.Add(nameof(CitizenInput.BirthDate), text["NikBirthDateDiffers", shown]);
            mismatch = true;
        }

        return mismatch;
    }

    private async Task<VillageOption?> CheckVillageAsync(string? input, FieldErrors errors, List<string> codes, CancellationToken ct)
    {
        var code = (input ?? "").Trim();
        if (code.Length == 0)
        {
            errors.Add(nameof(CitizenInput.VillageCode), text["VillageRequired"]);
            return null;
        }

        var village = await villages.FindAsync(code, ct);
        if (village is null)
        {
            errors.Add(nameof(CitizenInput.VillageCode), text["VillageOutsideTenant", code]);
            codes.Add("village_outside_tenant");
        }

        return village;
    }

    private string Required(string? input, string field, int maxLength, FieldErrors errors)
    {
        var value = (input ?? "").Trim();
        if (value.Length == 0)
        {
            errors.Add(field, text["Required_" + field]);
        }
        else if (value.Length > maxLength)
        {
            errors.Add(field, text["TooLong", maxLength]);
        }

        return value;
    }

    private DateOnly? ParseBirthDate(string? input, DateOnly today, FieldErrors errors)
    {
        if (!DateOnly.TryParseExact((input ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(nameof(CitizenInput.BirthDate), text["BirthDateRequired"]);
            return null;
        }

        if (date > today)
        {
            errors.Add(nameof(CitizenInput.BirthDate), text["BirthDateFuture"]);
            return null;
        }

        return date;
    }

    private Sex? ParseSex(string? input, FieldErrors errors)
    {
        Sex? sex = (input ?? "").Trim().ToUpperInvariant() switch
        {
            "MALE" or "L" => Sex.Male,
            "FEMALE" or "P" => Sex.Female,
            _ => null,
        };
        if (sex is null)
        {
            errors.Add(nameof(CitizenInput.Sex), text["SexRequired"]);
        }

        return sex;
    }

    /// <summary>RT or RW: 1–3 digits, not zero, stored as three ("1" → "001").</summary>
    private string Neighbourhood(string? input, string field, FieldErrors errors)
    {
        var value = (input ?? "").Trim();
        if (value.Length is < 1 or > 3 || !value.All(char.IsAsciiDigit) || value.All(c => c == '0'))
        {
            errors.Add(field, text[field + "Invalid"]);
            return value;
        }

        return value.PadLeft(3, '0');
    }
}
