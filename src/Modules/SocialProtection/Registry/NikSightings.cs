using Microsoft.EntityFrameworkCore;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Registry;

/// <summary>Remembers how each source presented a NIK (see <see cref="NikSighting"/>); adds only combinations not seen before.</summary>
internal static class NikSightings
{
    public static async Task AddAsync(PerlinsosDb db, IReadOnlyCollection<MemberValues> members, string kk, string village, string source,
        DateTimeOffset now, CancellationToken ct)
    {
        var niks = members.Select(m => m.Nik).Distinct().ToList();
        var known = (await db.NikSightings.AsNoTracking().Where(s => niks.Contains(s.Nik) && s.KkNumber == kk)
            .Select(s => new { s.Nik, s.NormalizedName, s.BirthDate }).ToListAsync(ct))
            .Select(s => (s.Nik, s.NormalizedName, s.BirthDate)).ToHashSet();
        foreach (var m in members)
        {
            if (known.Add((m.Nik, m.NormalizedName, m.BirthDate)))
            {
                db.NikSightings.Add(new NikSighting
                {
                    Nik = m.Nik,
                    Name = m.Name,
                    NormalizedName = m.NormalizedName,
                    BirthDate = m.BirthDate,
                    KkNumber = kk,
                    VillageCode = village,
                    Source = source,
                    SeenAt = now,
                });
            }
        }
    }
}
