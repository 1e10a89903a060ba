using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.People.Citizens;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Registry;

/// <summary>
/// Registers and changes households: a signed-in resident for their own household (their NIK must be a member),
/// or an agent (pendamping, desa/kecamatan operator) for a resident in their area, with the resident's consent
/// recorded (method, who consented, to whom, when, purpose). Forms are strict about NIK and KK numbers.
/// </summary>
public sealed class HouseholdEditor(
    PerlinsosDb db, RegistryFields fields, TenantVillages villages, UserManager<PamongUser> users, AuditActor actor,
    TimeProvider clock, IStringLocalizer<PerlinsosText> text)
{
    private static readonly ConsentMethod[] AgentMethods = [ConsentMethod.SignedForm, ConsentMethod.Fingerprint, ConsentMethod.VerbalWitnessed];

    public async Task<Outcome<Household>> RegisterOwnAsync(ClaimsPrincipal user, HouseholdInput input, CancellationToken ct)
    {
        var account = await users.GetUserAsync(user);
        if (account?.Nik is not { Length: 16 } ownNik)
        {
            return Refusal.Forbidden("self_registration_needs_nik", text["SelfNeedsNik"]);
        }

        var (checkedInput, refusal) = await CheckAsync(input, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var (household, members) = checkedInput!.Value;
        var errors = new FieldErrors();
        if (members.All(m => m.Nik != ownNik))
        {
            errors.Add("Members", text["OwnNikMissing"]);
        }

        if (!input.Consent.Given)
        {
            errors.Add("Consent.Given", text["ConsentRequiredSelf"]);
        }

        if (errors.Any)
        {
            return Refusal.Invalid("self_registration_invalid", text["CheckFields"], errors.ToDictionary());
        }

        var own = members.First(m => m.Nik == ownNik);
        var consent = new Consent
        {
            ConsentedByNik = ownNik,
            ConsentedByName = own.Name,
            AgentUserName = account.UserName ?? "",
            AgentName = account.FullName,
            Method = ConsentMethod.Online,
        };
        return await SaveNewAsync(household, members, HouseholdSource.Self, account.UserName ?? "", consent, "self", ct);
    }

    public async Task<Outcome<Household>> RegisterForResidentAsync(ClaimsPrincipal user, HouseholdInput input, CancellationToken ct)
    {
        var (checkedInput, refusal) = await CheckAsync(input, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var (household, members) = checkedInput!.Value;
        if (!OfficerArea.For(user, Permissions.RegisterPerlinsos).Covers(household.VillageCode))
        {
            return Refusal.Forbidden("outside_your_area", text["OutsideArea"], "VillageCode");
        }

        if (ConsentFrom(input.Consent, members) is not { } consent)
        {
            return Refusal.Invalid("consent_required", text["ConsentRequired"], ConsentErrors(input.Consent, members).ToDictionary());
        }

        var userName = user.Identity?.Name ?? "";
        consent.AgentUserName = userName;
        consent.AgentName = user.FindFirstValue(AccountClaims.FullNameClaim) ?? userName;
        return await SaveNewAsync(household, members, HouseholdSource.Agent, userName, consent, "agent:" + userName, ct);
    }

    /// <summary>Changes a household in the officer's area; members missing from the input leave it, new ones join.</summary>
    public async Task<Outcome<Household>> UpdateAsync(ClaimsPrincipal user, int id, HouseholdInput input, string? reason, CancellationToken ct)
    {
        var area = OfficerArea.For(user, Permissions.RegisterPerlinsos);
        var household = await db.Households.Include(h => h.Members).Where(area.Filter<Household>(h => h.VillageCode)).FirstOrDefaultAsync(h => h.Id == id, ct);
        if (household is null)
        {
            return Refusal.NotFound("household_not_found", text["HouseholdNotFound"]);
        }

        var (checkedInput, refusal) = await CheckAsync(input, ct, household.Id);
        if (refusal is not null)
        {
            return refusal;
        }

        var (values, members) = checkedInput!.Value;
        if (!area.Covers(values.VillageCode))
        {
            return Refusal.Forbidden("outside_your_area", text["OutsideArea"], "VillageCode");
        }

        var now = clock.GetUtcNow();
        actor.GiveReason(AccessReason.Clean(reason) ?? text["ChangedByOfficer"]);
        values.ApplyTo(household);
        household.UpdatedAt = now;
        var byNik = household.Members.ToDictionary(m => m.Nik);
        foreach (var m in members)
        {
            if (!byNik.Remove(m.Nik, out var member))
            {
                member = new Member { RegisteredAt = now };
                household.Members.Add(member);
            }

            if (member.Id == 0 || m.Differs(member))
            {
                m.ApplyTo(member);
                member.UpdatedAt = now;
            }
        }

        foreach (var gone in byNik.Values)
        {
            household.Members.Remove(gone);
            db.Members.Remove(gone);
        }

        await NikSightings.AddAsync(db, members, values.KkNumber, values.VillageCode, "agent:" + user.Identity?.Name, now, ct);
        await db.SaveChangesAsync(ct);
        return household;
    }

    private async Task<Outcome<Household>> SaveNewAsync(HouseholdValues values, IReadOnlyList<MemberValues> members, HouseholdSource source,
        string registeredBy, Consent consent, string sightingSource, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var household = new Household { Source = source, RegisteredBy = registeredBy, RegisteredAt = now, UpdatedAt = now };
        values.ApplyTo(household);
        foreach (var m in members)
        {
            var member = new Member { RegisteredAt = now, UpdatedAt = now };
            m.ApplyTo(member);
            household.Members.Add(member);
        }

        db.Households.Add(household);
        await db.SaveChangesAsync(ct);
        consent.HouseholdId = household.Id;
        consent.GivenAt = now;
        db.Consents.Add(consent);
        await NikSightings.AddAsync(db, members, values.KkNumber, values.VillageCode, sightingSource, now, ct);
        await db.SaveChangesAsync(ct);
        return household;
    }

    /// <summary>Field checks, the village, one head of family, no NIK twice, and no KK or NIK already registered elsewhere.</summary>
    private async Task<((HouseholdValues, List<MemberValues>)?, Refusal?)> CheckAsync(HouseholdInput input, CancellationToken ct, int? householdId = null)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = new FieldErrors();
        var warnings = new List<string>();
        var household = fields.Household(input, today, errors, warnings, strict: true);
        var members = new List<MemberValues>();
        for (var i = 0; i < input.Members.Count; i++)
        {
            if (!input.Members[i].IsEmpty && fields.Member(input.Members[i], $"Members[{i}].", today, errors, warnings, strict: true) is { } m)
            {
                members.Add(m);
            }
        }

        if (input.Members.All(m => m.IsEmpty))
        {
            errors.Add("Members", text["MembersRequired"]);
        }
        else if (!errors.Any && members.Count(m => m.Relationship == Relationship.Head) != 1)
        {
            errors.Add("Members", text["OneHead"]);
        }

        foreach (var twice in members.GroupBy(m => m.Nik).Where(g => g.Count() > 1))
        {
            errors.Add("Members", text["NikTwice", twice.Key]);
        }

        if (household is not null && await villages.FindAsync(household.VillageCode, ct) is null)
        {
            errors.Add("VillageCode", text["VillageUnknown"]);
        }

        if (errors.Any || household is null)
        {
            return (null, Refusal.Invalid("household_invalid", text["CheckFields"], errors.ToDictionary()));
        }

        if (await db.Households.AnyAsync(h => h.KkNumber == household.KkNumber && h.Id != householdId, ct))
        {
            return (null, Refusal.Conflict("kk_already_registered", text["KkTaken"], "KkNumber"));
        }

        var niks = members.Select(m => m.Nik).ToList();
        var taken = await db.Members.Where(m => niks.Contains(m.Nik) && m.HouseholdId != householdId).Select(m => m.Nik).ToListAsync(ct);
        if (taken.Count > 0)
        {
            var index = input.Members.FindIndex(m => RegistryFields.Digits(m.Nik) == taken[0]);
            return (null, Refusal.Conflict("nik_already_registered", text["NikTaken", taken[0]], $"Members[{index}].Nik"));
        }

        return ((household, members), null);
    }

    private Consent? ConsentFrom(ConsentInput input, List<MemberValues> members)
    {
        if (ConsentErrors(input, members).Any)
        {
            return null;
        }

        var nik = RegistryFields.Digits(input.ConsentedByNik);
        var who = nik.Length == 0 ? members.First(m => m.Relationship == Relationship.Head) : members.First(m => m.Nik == nik);
        return new Consent
        {
            ConsentedByNik = who.Nik,
            ConsentedByName = who.Name,
            Method = Enum.Parse<ConsentMethod>(input.Method!.Trim(), ignoreCase: true),
            Witness = string.IsNullOrWhiteSpace(input.Witness) ? null : input.Witness.Trim(),
        };
    }

    private FieldErrors ConsentErrors(ConsentInput input, List<MemberValues> members)
    {
        var errors = new FieldErrors();
        if (!input.Given)
        {
            errors.Add("Consent.Given", text["ConsentGivenRequired"]);
        }

        if (!Enum.TryParse<ConsentMethod>(input.Method?.Trim(), ignoreCase: true, out var method) || !AgentMethods.Contains(method))
        {
            errors.Add("Consent.Method", text["ConsentMethodRequired"]);
        }
        else if (method == ConsentMethod.VerbalWitnessed && string.IsNullOrWhiteSpace(input.Witness))
        {
            errors.Add("Consent.Witness", text["WitnessRequired"]);
        }

        var nik = RegistryFields.Digits(input.ConsentedByNik);
        if (nik.Length > 0 && members.All(m => m.Nik != nik))
        {
            errors.Add("Consent.ConsentedByNik", text["ConsentNikNotMember"]);
        }

        return errors;
    }
}
