using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.Regions;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Programs;

/// <summary>Creates and changes programs, validating every field; each change is audited by the context.</summary>
public sealed partial class ProgramEditor(PerlinsosDb db, RegionDirectory regions, IStringLocalizer<PerlinsosText> text)
{
    public async Task<Outcome<AidProgram>> CreateAsync(ProgramInput input, CancellationToken ct)
    {
        var errors = await ValidateAsync(input, null, ct);
        if (errors.Any)
        {
            return Refusal.Invalid("program_invalid", text["ProgramInvalid"], errors.ToDictionary());
        }

        var program = new AidProgram();
        Apply(program, input);
        db.Programs.Add(program);
        await db.SaveChangesAsync(ct);
        return program;
    }

    public async Task<Outcome<AidProgram>> UpdateAsync(string code, ProgramInput input, CancellationToken ct)
    {
        var program = await db.Programs.Include(p => p.Components).Include(p => p.Quotas).FirstOrDefaultAsync(p => p.Code == code, ct);
        if (program is null)
        {
            return Refusal.NotFound("program_not_found", text["ProgramNotFound", code]);
        }

        input.Code = program.Code;
        var errors = await ValidateAsync(input, program, ct);
        if (errors.Any)
        {
            return Refusal.Invalid("program_invalid", text["ProgramInvalid"], errors.ToDictionary());
        }

        Apply(program, input);
        await db.SaveChangesAsync(ct);
        return program;
    }

    private async Task<FieldErrors> ValidateAsync(ProgramInput input, AidProgram? existing, CancellationToken ct)
    {
        var errors = new FieldErrors();
        input.Code = input.Code?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(input.Code) || !CodePattern().IsMatch(input.Code))
        {
            errors.Add(nameof(ProgramInput.Code), text["ProgramCodeInvalid"]);
        }
        else if (existing is null && await db.Programs.AnyAsync(p => p.Code == input.Code, ct))
        {
            errors.Add(nameof(ProgramInput.Code), text["ProgramCodeTaken", input.Code]);
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            errors.Add(nameof(ProgramInput.Name), text["ProgramNameRequired"]);
        }

        if (input.MaxDecile is < 1 or > 10)
        {
            errors.Add(nameof(ProgramInput.MaxDecile), text["DecileRange"]);
        }

        NotNegative(errors, nameof(ProgramInput.MaxMonthlyIncome), input.MaxMonthlyIncome);
        NotNegative(errors, nameof(ProgramInput.ExcludedFromElectricityVa), input.ExcludedFromElectricityVa);
        NotNegative(errors, nameof(ProgramInput.MaxCars), input.MaxCars);
        NotNegative(errors, nameof(ProgramInput.MaxLandArea), input.MaxLandArea);
        NotNegative(errors, nameof(ProgramInput.DefaultVillageQuota), input.DefaultVillageQuota);
        if (input.BenefitPerStage is null or < 0)
        {
            errors.Add(nameof(ProgramInput.BenefitPerStage), text["AmountRequired"]);
        }

        if (input.StagesPerYear is null or < 1 or > 12)
        {
            errors.Add(nameof(ProgramInput.StagesPerYear), text["StagesRange"]);
        }

        if (input.AppealDays is null or < 1 or > 365)
        {
            errors.Add(nameof(ProgramInput.AppealDays), text["AppealDaysRange"]);
        }

        if (input.Priority is null or < 0 or > 10000)
        {
            errors.Add(nameof(ProgramInput.Priority), text["PriorityRange"]);
        }

        input.ExclusiveWith = input.ExclusiveWith.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0 && c != input.Code).Distinct().ToList();
        var known = await db.Programs.Select(p => p.Code).ToListAsync(ct);
        foreach (var unknown in input.ExclusiveWith.Except(known))
        {
            errors.Add(nameof(ProgramInput.ExclusiveWith), text["ProgramUnknown", unknown]);
        }

        foreach (var component in input.Components)
        {
            if (string.IsNullOrWhiteSpace(component.Name) || component.Amount is null or < 0)
            {
                errors.Add(nameof(ProgramInput.Components), text["ComponentInvalid", component.Name ?? ""]);
            }
        }

        foreach (var quota in input.Quotas)
        {
            var code = quota.VillageCode?.Trim() ?? "";
            if (regions.Tree.Find(code) is not { Level: RegionLevel.Village })
            {
                errors.Add(nameof(ProgramInput.Quotas), text["QuotaVillageUnknown", code]);
            }
            else if (quota.Quota is null or < 0)
            {
                errors.Add(nameof(ProgramInput.Quotas), text["QuotaInvalid", code]);
            }
        }

        if (input.Quotas.GroupBy(q => q.VillageCode?.Trim()).Any(g => g.Count() > 1))
        {
            errors.Add(nameof(ProgramInput.Quotas), text["QuotaDuplicate"]);
        }

        return errors;
    }

    private void NotNegative(FieldErrors errors, string field, decimal? value)
    {
        if (value < 0)
        {
            errors.Add(field, text["NotNegative"]);
        }
    }

    private static void Apply(AidProgram p, ProgramInput input)
    {
        p.Code = input.Code!;
        p.Name = input.Name!.Trim();
        p.Description = input.Description?.Trim() ?? "";
        p.Funding = input.Funding?.Trim() ?? "";
        p.MaxDecile = input.MaxDecile;
        p.RequiredCriteria = input.RequiredCriteria.Distinct().Order().ToList();
        p.RequireAllCriteria = input.RequireAllCriteria;
        p.ExcludeOfficials = input.ExcludeOfficials;
        p.ExcludeDeceasedHead = input.ExcludeDeceasedHead;
        p.MaxMonthlyIncome = input.MaxMonthlyIncome;
        p.ExcludedFromElectricityVa = input.ExcludedFromElectricityVa;
        p.MaxCars = input.MaxCars;
        p.MaxLandArea = input.MaxLandArea;
        p.BenefitPerStage = input.BenefitPerStage!.Value;
        p.BenefitForm = input.BenefitForm?.Trim() ?? "";
        p.StagesPerYear = input.StagesPerYear!.Value;
        p.DefaultVillageQuota = input.DefaultVillageQuota;
        p.Priority = input.Priority!.Value;
        p.ExclusiveWith = input.ExclusiveWith.Order(StringComparer.Ordinal).ToList();
        p.AppealDays = input.AppealDays!.Value;
        p.Active = input.Active;
        p.Components.Clear();
        p.Components.AddRange(input.Components.Select(c => new BenefitComponent { Name = c.Name!.Trim(), Criterion = c.Criterion, Amount = c.Amount!.Value }));
        var quotas = input.Quotas.ToDictionary(q => q.VillageCode!.Trim(), q => q.Quota!.Value);
        p.Quotas.RemoveAll(q => !quotas.ContainsKey(q.VillageCode));
        foreach (var (village, quota) in quotas)
        {
            var row = p.Quotas.FirstOrDefault(q => q.VillageCode == village);
            if (row is null)
            {
                p.Quotas.Add(new VillageQuota { VillageCode = village, Quota = quota });
            }
            else
            {
                row.Quota = quota;
            }
        }
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,19}$")]
    private static partial Regex CodePattern();
}
