using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Organisations.Units;

/// <summary>Creates and changes OPD; kecamatan and village offices come from the region data instead.</summary>
public sealed partial class OpdEditor(PamongDb db, PemdaUnit pemdaUnit, IStringLocalizer<OrganisationText> text)
{
    public const int MaxNameLength = 200;

    public async Task<Outcome<OrganisationUnit>> CreateAsync(OpdInput input, CancellationToken ct)
    {
        if (Validate(input, out var code, out var name) is { } invalid)
        {
            return invalid;
        }

        if (await db.OrganisationUnits.AnyAsync(u => u.Code == code, ct))
        {
            return CodeTaken(code);
        }

        var pemda = await pemdaUnit.FindOrCreateAsync(ct);
        var unit = new OrganisationUnit { Kind = UnitKind.Opd, Code = code, Name = name, RegionCode = pemda.RegionCode, ParentId = pemda.Id, Active = input.Active };
        db.OrganisationUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        return unit;
    }

    public async Task<Outcome<OrganisationUnit>> UpdateAsync(int id, OpdInput input, CancellationToken ct)
    {
        var unit = await db.OrganisationUnits.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return Refusal.NotFound("unit_not_found", text["UnitNotFound"]);
        }

        if (unit.Kind != UnitKind.Opd)
        {
            return Refusal.Invalid("unit_not_opd", text["OnlyOpdEditable"]);
        }

        if (Validate(input, out var code, out var name) is { } invalid)
        {
            return invalid;
        }

        if (code != unit.Code && await db.OrganisationUnits.AnyAsync(u => u.Code == code, ct))
        {
            return CodeTaken(code);
        }

        (unit.Code, unit.Name, unit.Active) = (code, name, input.Active);
        await db.SaveChangesAsync(ct);
        return unit;
    }

    private Refusal CodeTaken(string code) => Refusal.Conflict("unit_code_taken", text["UnitCodeTaken", code], nameof(OpdInput.Code));

    private Refusal? Validate(OpdInput input, out string code, out string name)
    {
        code = (input.Code ?? "").Trim().ToUpperInvariant();
        name = (input.Name ?? "").Trim();
        var errors = new FieldErrors();
        if (code.Length == 0)
        {
            errors.Add(nameof(OpdInput.Code), text["UnitCodeRequired"]);
        }
        else if (!CodePattern().IsMatch(code))
        {
            errors.Add(nameof(OpdInput.Code), text["UnitCodeFormat"]);
        }

        if (name.Length == 0)
        {
            errors.Add(nameof(OpdInput.Name), text["UnitNameRequired"]);
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(nameof(OpdInput.Name), text["NameTooLong", MaxNameLength]);
        }

        return errors.Any ? Refusal.Invalid("unit_invalid", text["UnitInvalid"], errors.ToDictionary()) : null;
    }

    [GeneratedRegex("^[A-Z0-9](?:[A-Z0-9-]{0,38}[A-Z0-9])?$")]
    private static partial Regex CodePattern();
}
