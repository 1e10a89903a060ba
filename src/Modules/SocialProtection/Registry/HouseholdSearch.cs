using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.People;
using Pamong.Platform.People.Citizens;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// Households an officer may see (only in their area for the permission); lists mask NIK and KK numbers.
/// A full record with unmasked numbers needs a reason, written to the audit trail (UU 27/2022), like residents.
/// </summary>
public sealed class HouseholdSearch(
    PerlinsosDb db, TenantVillages villages, PersonalDataMask mask, SensitiveReads reads, UserManager<PamongUser> users,
    TimeProvider clock, IStringLocalizer<PerlinsosText> text)
{
    public const string Subject = nameof(Household);

    public IQueryable<Household> Visible(ClaimsPrincipal user, string permission = Permissions.ReadPerlinsos) =>
        db.Households.AsNoTracking().Where(OfficerArea.For(user, permission).Filter<Household>(h => h.VillageCode));

    /// <summary>By a whole NIK or KK number (never a part), or a piece of a member's name; optionally in one village.</summary>
    public async Task<Paged<HouseholdRow>> FindAsync(ClaimsPrincipal user, string? q, string? village, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = Paging.Clamp(page, pageSize);
        var households = Visible(user);
        if (!string.IsNullOrWhiteSpace(village))
        {
            var code = village.Trim();
            households = households.Where(h => h.VillageCode == code);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            if (t.Length == 16 && t.All(char.IsAsciiDigit))
            {
                households = households.Where(h => h.KkNumber == t || h.Members.Any(m => m.Nik == t));
            }
            else
            {
                var lower = t.ToLowerInvariant();
                var normalized = Names.IndonesianName.Normalize(t);
#pragma warning disable CA1304, CA1311, CA1862 // Runs as SQL lower(), the same on both engines.
                households = households.Where(h => h.Members.Any(m => m.Name.ToLower().Contains(lower) || (normalized.Length > 0 && m.NormalizedName.Contains(normalized))));
#pragma warning restore CA1304, CA1311, CA1862
            }
        }

        var total = await households.CountAsync(ct);
        var found = await households.OrderBy(h => h.VillageCode).ThenBy(h => h.Rw).ThenBy(h => h.Rt).ThenBy(h => h.Id)
            .Skip((number - 1) * size).Take(size)
            .Select(h => new
            {
                h.Id,
                h.KkNumber,
                h.VillageCode,
                h.Rt,
                h.Rw,
                h.WelfareDecile,
                h.Source,
                Members = h.Members.Count,
                Head = h.Members.Where(m => m.Relationship == Relationship.Head).Select(m => m.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var names = await villages.NamesAsync(found.Select(h => h.VillageCode), ct);
        var rows = found.Select(h => new HouseholdRow(h.Id, mask.Number(h.KkNumber), h.Head ?? "", h.VillageCode,
            names.GetValueOrDefault(h.VillageCode)?.Label ?? h.VillageCode, h.Rt, h.Rw, h.Members, h.WelfareDecile, h.Source.ToString())).ToList();
        return new Paged<HouseholdRow>(rows, number, size, total);
    }

    /// <summary>A household in the area; numbers masked without a reason, in full (and logged) with one.</summary>
    public async Task<Outcome<HouseholdRecord>> ReadAsync(ClaimsPrincipal user, int id, string? reason, CancellationToken ct)
    {
        var household = await Visible(user).Include(h => h.Members).FirstOrDefaultAsync(h => h.Id == id, ct);
        if (household is null)
        {
            return Refusal.NotFound("household_not_found", text["HouseholdNotFound"]);
        }

        var full = false;
        if (reason is not null)
        {
            if (AccessReason.Clean(reason) is not { } why)
            {
                return Refusal.Invalid("access_reason_required", text["ReasonRequired", AccessReason.MinLength, AccessReason.MaxLength],
                    new Dictionary<string, string[]> { ["Reason"] = [text["ReasonRequired", AccessReason.MinLength, AccessReason.MaxLength]] });
            }

            await reads.RecordAsync(Subject, id.ToString(CultureInfo.InvariantCulture), why, ct);
            full = true;
        }

        return await RecordAsync(household, full, ct);
    }

    /// <summary>The signed-in resident's own household (they are a member by NIK), in full: it is their own data.</summary>
    public async Task<HouseholdRecord?> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var nik = (await users.GetUserAsync(user))?.Nik;
        if (nik is null)
        {
            return null;
        }

        var household = await db.Households.AsNoTracking().Include(h => h.Members).FirstOrDefaultAsync(h => h.Members.Any(m => m.Nik == nik), ct);
        return household is null ? null : await RecordAsync(household, true, ct);
    }

    private async Task<HouseholdRecord> RecordAsync(Household h, bool full, CancellationToken ct)
    {
        var village = (await villages.NamesAsync([h.VillageCode], ct)).GetValueOrDefault(h.VillageCode);
        var consents = await db.Consents.AsNoTracking().Where(c => c.HouseholdId == h.Id).OrderBy(c => c.Id).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        string Number(string n) => full ? n : mask.Number(n);
        var members = h.Members.OrderBy(m => m.Relationship).ThenBy(m => m.BirthDate).Select(m => new MemberRecord(
            m.Id, Number(m.Nik), m.Name, m.NormalizedName, m.BirthPlace, m.BirthDate, m.AgeOn(today), m.Sex.ToString(), m.Relationship.ToString(),
            m.Occupation, m.IsAsn, m.IsTniPolri, m.IsVillageOfficial, m.Disability.ToString(), m.ChronicIllness, m.Pregnant,
            m.IsSchoolAgeOn(today), m.IsElderlyOn(today), m.IsDeceased, m.DeceasedOn)).ToList();
        return new HouseholdRecord(h.Id, Number(h.KkNumber), h.VillageCode, village?.Label ?? h.VillageCode, village?.KecamatanName ?? "",
            h.Rt, h.Rw, h.Address, h.WelfareDecile, h.MonthlyIncome, h.FloorMaterial?.ToString(), h.WallMaterial?.ToString(),
            h.RoofMaterial?.ToString(), h.FloorArea, h.ElectricityVa, h.LandArea, h.LargeLivestock, h.SmallLivestock, h.Motorcycles, h.Cars,
            h.Source.ToString(), h.RegisteredBy, h.RegisteredAt, h.UpdatedAt, full, members,
            consents.Select(c => new ConsentRecord(Number(c.ConsentedByNik), c.ConsentedByName, c.AgentUserName, c.AgentName, c.Method.ToString(),
                c.Witness, c.Purpose, c.GivenAt, c.WithdrawnAt)).ToList());
    }
}
