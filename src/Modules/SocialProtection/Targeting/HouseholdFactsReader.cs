using Microsoft.EntityFrameworkCore;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Programs;
using Pamong.SocialProtection.Registry;

namespace Pamong.SocialProtection.Targeting;

/// <summary>Reads the registry's households as <see cref="HouseholdFacts"/> on a reference day (ages are counted on it).</summary>
public sealed class HouseholdFactsReader(PerlinsosDb db)
{
    public async Task<List<HouseholdFacts>> ReadAsync(DateOnly day, CancellationToken ct, IReadOnlyCollection<int>? only = null)
    {
        var query = db.Households.AsNoTracking();
        if (only is not null)
        {
            query = query.Where(h => only.Contains(h.Id));
        }

        var rows = await query.Select(h => new
        {
            h.Id,
            h.KkNumber,
            h.VillageCode,
            h.Rt,
            h.Rw,
            h.WelfareDecile,
            h.MonthlyIncome,
            h.ElectricityVa,
            h.Cars,
            h.LandArea,
            Members = h.Members.Select(m => new { m.Nik, m.Name, m.Relationship, m.BirthDate, m.Pregnant, m.Disability, m.IsAsn, m.IsTniPolri, m.IsVillageOfficial, m.IsDeceased }).ToList(),
        }).ToListAsync(ct);
        return rows.Select(h =>
        {
            var living = h.Members.Where(m => !m.IsDeceased).ToList();
            var head = h.Members.FirstOrDefault(m => m.Relationship == Relationship.Head);
            var present = new HashSet<Criterion>();
            foreach (var m in living)
            {
                var age = Age(m.BirthDate, day);
                if (m.Pregnant) present.Add(Criterion.PregnantMember);
                if (age is >= 0 and <= 5) present.Add(Criterion.ChildUnder6);
                if (age is >= 6 and <= 21 && m.Relationship is Relationship.Child or Relationship.Grandchild or Relationship.OtherRelative) present.Add(Criterion.SchoolAgeChild);
                if (m.Disability == Disability.Severe) present.Add(Criterion.SevereDisability);
                if (age >= Member.ElderlyAge) present.Add(Criterion.Elderly60);
            }

            var officials = new List<string>();
            if (living.Any(m => m.IsAsn)) officials.Add("ASN");
            if (living.Any(m => m.IsTniPolri)) officials.Add("TNI/Polri");
            if (living.Any(m => m.IsVillageOfficial)) officials.Add("perangkat desa");
            return new HouseholdFacts
            {
                HouseholdId = h.Id,
                KkNumber = h.KkNumber,
                VillageCode = h.VillageCode,
                Rt = h.Rt,
                Rw = h.Rw,
                HeadName = head?.Name ?? h.Members.FirstOrDefault()?.Name ?? "",
                HeadNik = head?.Nik ?? h.Members.FirstOrDefault()?.Nik ?? "",
                Decile = h.WelfareDecile,
                MonthlyIncome = h.MonthlyIncome,
                ElectricityVa = h.ElectricityVa,
                Cars = h.Cars,
                LandArea = h.LandArea,
                MemberCount = Math.Max(1, living.Count),
                HeadDeceased = head?.IsDeceased == true,
                Present = present,
                Officials = officials,
            };
        }).ToList();
    }

    private static int Age(DateOnly born, DateOnly day)
    {
        var age = day.Year - born.Year;
        return born.AddYears(age) > day ? age - 1 : age;
    }
}
