using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.People;
using Pamong.Platform.Web;

namespace Pamong.Platform.Organisations.Staff;

/// <summary>
/// Adds and changes staff. A PNS needs a NIP that passes <see cref="Nip.Check"/> (every problem is reported);
/// a PPPK may give an 18-digit NI PPPK (not checked further: its layout differs); non-ASN staff have no NIP.
/// A NIP and a linked account are unique in the Pemda.
/// </summary>
public sealed class StaffEditor(PamongDb db, IStringLocalizer<OrganisationText> text)
{
    public const int MaxNameLength = 200;

    public async Task<Outcome<StaffMember>> CreateAsync(StaffInput input, CancellationToken ct)
    {
        var staff = new StaffMember();
        var refusal = await ApplyAsync(staff, input, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync(ct);
        return staff;
    }

    public async Task<Outcome<StaffMember>> UpdateAsync(int id, StaffInput input, CancellationToken ct)
    {
        var staff = await db.StaffMembers.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (staff is null)
        {
            return Refusal.NotFound("staff_not_found", text["StaffNotFound"]);
        }

        var refusal = await ApplyAsync(staff, input, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        await db.SaveChangesAsync(ct);
        return staff;
    }

    private async Task<Refusal?> ApplyAsync(StaffMember staff, StaffInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = (input.FullName ?? "").Trim();
        if (name.Length == 0)
        {
            errors.Add(nameof(StaffInput.FullName), text["StaffNameRequired"]);
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(nameof(StaffInput.FullName), text["NameTooLong", MaxNameLength]);
        }

        StaffStatus? status = Enum.TryParse<StaffStatus>(input.Status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            && input.Status!.All(char.IsAsciiLetter) ? parsed : null;
        if (status is null)
        {
            errors.Add(nameof(StaffInput.Status), text["StaffStatusRequired"]);
        }

        var nip = CheckNip(input.Nip, status, errors);
        var unit = input.UnitId is { } unitId ? await db.OrganisationUnits.FirstOrDefaultAsync(u => u.Id == unitId, ct) : null;
        if (unit is null)
        {
            errors.Add(nameof(StaffInput.UnitId), text["StaffUnitRequired"]);
        }

        if (input.PositionId is { } positionId && unit is not null)
        {
            var position = await db.Positions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == positionId, ct);
            if (position is null || position.UnitId != unit.Id)
            {
                errors.Add(nameof(StaffInput.PositionId), text["PositionNotInUnit", unit.Name]);
            }
        }

        var userId = await FindAccountAsync(input.Account, errors, ct);
        if (errors.Any)
        {
            var code = errors.Has(nameof(StaffInput.Nip)) ? "nip_invalid" : "staff_invalid";
            return Refusal.Invalid(code, text[code == "nip_invalid" ? "NipInvalid" : "StaffInvalid"], errors.ToDictionary());
        }

        if (nip is not null && nip != staff.Nip && await db.StaffMembers.AnyAsync(s => s.Nip == nip, ct))
        {
            return Refusal.Conflict("nip_already_registered", text["NipTaken", nip], nameof(StaffInput.Nip));
        }

        if (userId is not null && userId != staff.UserId && await db.StaffMembers.AnyAsync(s => s.UserId == userId, ct))
        {
            return Refusal.Conflict("account_already_linked", text["AccountLinked", input.Account!.Trim()], nameof(StaffInput.Account));
        }

        staff.FullName = name;
        staff.Status = status!.Value;
        staff.Nip = nip;
        staff.UnitId = unit!.Id;
        staff.PositionId = input.PositionId;
        staff.UserId = userId;
        staff.Active = input.Active;
        return null;
    }

    /// <summary>The NIP to store (null when none), adding a message per problem found.</summary>
    private string? CheckNip(string? input, StaffStatus? status, FieldErrors errors)
    {
        var nip = (input ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        switch (status)
        {
            case StaffStatus.Asn when nip.Length == 0:
                errors.Add(nameof(StaffInput.Nip), text["NipRequired"]);
                break;
            case StaffStatus.Asn:
                foreach (var problem in Nip.Check(nip).Problems.Where(p => p.Severity == ProblemSeverity.Error))
                {
                    errors.Add(nameof(StaffInput.Nip), problem.Message);
                }

                break;
            case StaffStatus.Pppk when nip.Length > 0 && (nip.Length != 18 || !nip.All(char.IsAsciiDigit)):
                errors.Add(nameof(StaffInput.Nip), text["PppkNumberFormat"]);
                break;
            case StaffStatus.NonAsn when nip.Length > 0:
                errors.Add(nameof(StaffInput.Nip), text["NonAsnHasNoNip"]);
                break;
        }

        return nip.Length == 0 ? null : nip;
    }

    private async Task<string?> FindAccountAsync(string? account, FieldErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(account))
        {
            return null;
        }

        var normalized = account.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, ct);
        if (user is null || user.Kind != AccountKind.Staff)
        {
            errors.Add(nameof(StaffInput.Account), text["AccountNotFound", account.Trim()]);
            return null;
        }

        return user.Id;
    }
}
