using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Data;
using Pamong.Platform.Web;

namespace Pamong.Platform.Organisations.Positions;

/// <summary>Adds and changes the positions of a unit. A name is unique within its unit.</summary>
public sealed class PositionEditor(PamongDb db, IStringLocalizer<OrganisationText> text)
{
    public const int MaxNameLength = 200;
    public const int MaxGradeLength = 60;

    public async Task<Outcome<Position>> CreateAsync(int unitId, PositionInput input, CancellationToken ct)
    {
        if (!await db.OrganisationUnits.AnyAsync(u => u.Id == unitId, ct))
        {
            return Refusal.NotFound("unit_not_found", text["UnitNotFound"]);
        }

        if (Validate(input, out var name, out var grade) is { } invalid)
        {
            return invalid;
        }

        if (await db.Positions.AnyAsync(p => p.UnitId == unitId && p.Name == name, ct))
        {
            return NameTaken(name);
        }

        var position = new Position { UnitId = unitId, Name = name, Grade = grade, Active = input.Active };
        db.Positions.Add(position);
        await db.SaveChangesAsync(ct);
        return position;
    }

    public async Task<Outcome<Position>> UpdateAsync(int id, PositionInput input, CancellationToken ct)
    {
        var position = await db.Positions.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (position is null)
        {
            return Refusal.NotFound("position_not_found", text["PositionNotFound"]);
        }

        if (Validate(input, out var name, out var grade) is { } invalid)
        {
            return invalid;
        }

        if (name != position.Name && await db.Positions.AnyAsync(p => p.UnitId == position.UnitId && p.Name == name, ct))
        {
            return NameTaken(name);
        }

        (position.Name, position.Grade, position.Active) = (name, grade, input.Active);
        await db.SaveChangesAsync(ct);
        return position;
    }

    private Refusal NameTaken(string name) =>
        Refusal.Conflict("position_name_taken", text["PositionNameTaken", name], nameof(PositionInput.Name));

    private Refusal? Validate(PositionInput input, out string name, out string? grade)
    {
        name = (input.Name ?? "").Trim();
        grade = string.IsNullOrWhiteSpace(input.Grade) ? null : input.Grade.Trim();
        var errors = new FieldErrors();
        if (name.Length == 0)
        {
            errors.Add(nameof(PositionInput.Name), text["PositionNameRequired"]);
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(nameof(PositionInput.Name), text["NameTooLong", MaxNameLength]);
        }

        if (grade?.Length > MaxGradeLength)
        {
            errors.Add(nameof(PositionInput.Grade), text["GradeTooLong", MaxGradeLength]);
        }

        return errors.Any ? Refusal.Invalid("position_invalid", text["PositionInvalid"], errors.ToDictionary()) : null;
    }
}
