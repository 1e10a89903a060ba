using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;

namespace Pamong.Platform.People.Citizens;

/// <summary>
/// Opens a resident's full record, or a whole family card, for an officer who gave a reason. The read is logged
/// (action "read-sensitive", the reason, the officer, the record). A record outside the officer's area answers
/// exactly like one that does not exist, so its existence does not leak.
/// </summary>
public sealed class CitizenReader(CitizenSearch search, TenantVillages villages, SensitiveReads reads, PersonalDataMask mask, IStringLocalizer<PeopleText> text)
{
    public const string CitizenSubject = nameof(Citizen);
    public const string FamilySubject = "Family";

    public async Task<Outcome<CitizenRecord>> ReadAsync(ClaimsPrincipal user, int id, string? reason, string permission, CancellationToken ct)
    {
        if (AccessReason.Clean(reason) is not { } why)
        {
            return ReasonRequired();
        }

        var citizen = await search.Visible(user, permission).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (citizen is null)
        {
            return Refusal.NotFound("citizen_not_found", text["CitizenNotFound"]);
        }

        var family = await search.Visible(user).Where(c => c.KkNumber == citizen.KkNumber && c.Id != id).ToListAsync(ct);
        await reads.RecordAsync(CitizenSubject, id.ToString(CultureInfo.InvariantCulture), why, ct);
        var members = Ordered(family).Select(m => new FamilyMember(m.Id, mask.Number(m.Nik), m.FullName, m.FamilyRelationship, m.Sex.ToString())).ToList();
        return (await RecordsAsync([citizen], members, ct))[0];
    }

    public async Task<Outcome<FamilyRecord>> ReadFamilyAsync(ClaimsPrincipal user, string kk, string? reason, CancellationToken ct)
    {
        if (AccessReason.Clean(reason) is not { } why)
        {
            return ReasonRequired();
        }

        var number = kk.Trim();
        var members = await search.Visible(user, Permissions.ReadCitizens).Where(c => c.KkNumber == number).ToListAsync(ct);
        if (members.Count == 0)
        {
            return Refusal.NotFound("family_not_found", text["FamilyNotFound"]);
        }

        await reads.RecordAsync(FamilySubject, number, why, ct);
        return new FamilyRecord(number, await RecordsAsync(Ordered(members), [], ct));
    }

    private Refusal ReasonRequired() => Refusal.Invalid("access_reason_required", text["ReasonRequired", AccessReason.MinLength, AccessReason.MaxLength],
        new Dictionary<string, string[]> { ["Reason"] = [text["ReasonRequired", AccessReason.MinLength, AccessReason.MaxLength]] });

    private static List<Citizen> Ordered(IEnumerable<Citizen> family) =>
        family.OrderBy(m => FamilyRelationships.Rank(m.FamilyRelationship))
            .ThenBy(m => m.BirthDate).ThenBy(m => m.Id).ToList();

    private async Task<IReadOnlyList<CitizenRecord>> RecordsAsync(IReadOnlyList<Citizen> citizens, IReadOnlyList<FamilyMember> family, CancellationToken ct)
    {
        var names = await villages.NamesAsync(citizens.Select(c => c.VillageCode), ct);
        return citizens.Select(c =>
        {
            var village = names.GetValueOrDefault(c.VillageCode);
            return new CitizenRecord(c.Id, c.Nik, c.KkNumber, c.FullName, c.BirthPlace, c.BirthDate, c.Sex.ToString(), c.FamilyRelationship,
                c.Address, c.Rt, c.Rw, c.VillageCode, village?.Label ?? c.VillageCode, village?.KecamatanName ?? "", family);
        }).ToList();
    }
}
