using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.People;
using Pamong.Platform.Regions;
using Pamong.Platform.Tenancy;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Deaths;
using Pamong.SocialProtection.Exclusions;
using Pamong.SocialProtection.Names;
using Pamong.SocialProtection.Registry;

namespace Pamong.SocialProtection.Demo;

/// <summary>
/// Demo registry (made-up people, not real data): a few hundred households in Kemiren and the other villages of
/// Kecamatan Glagah, with planted problems for the data-quality pass — one person registered twice in old and new
/// spelling ("Drs. H. Moch. Djoko Soetrisno" and "Muhammad Joko Sutrisno", same birth date), a deceased member in
/// the death records, a civil servant on the ASN list, and a NIK that fails the structure check. Only when the
/// Pemda has no household yet; the demo citizen "warga" is left out so she can register herself.
/// </summary>
internal sealed class DemoRegistry(IOptions<DemoOptions> options) : IStartupStep
{
    public const string TenantId = "banyuwangi";
    public const string Kemiren = "35.10.15.2004";
    public const string DuplicateOldNik = "3510151403620001";
    public const string DuplicateNewNik = "3510151403620007";
    public const string DeceasedNik = "3510154107450003";
    public const string AsnNik = "3510150305850003";
    public const string BadNik = "3510153113650001";
    private const int Households = 300;

    public int Order => 70;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(TenantId);
        var platform = scope.ServiceProvider.GetRequiredService<PamongDb>();
        var db = scope.ServiceProvider.GetRequiredService<PerlinsosDb>();
        if (!await platform.Tenants.AnyAsync(t => t.Id == TenantId, ct) || await db.Households.AnyAsync(ct))
        {
            return;
        }

        var villages = await platform.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Village && r.Code.StartsWith("35.10.15.")).Select(r => r.Code).OrderBy(c => c).ToListAsync(ct);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var random = new Random(3510);
        var serial = 100;
        var kkSerial = 100;
        var households = new List<Household>();
        for (var i = 0; i < Households; i++)
        {
            var village = i < Households / 2 ? Kemiren : villages[random.Next(villages.Count)];
            households.Add(Family(random, village, ref serial, ref kkSerial, now));
        }

        Plant(households, now);
        db.Households.AddRange(households);
        db.DeathRecords.Add(new DeathRecord
        {
            Nik = DeceasedNik,
            Name = "Poniyem",
            NormalizedName = IndonesianName.Normalize("Poniyem"),
            DiedOn = new DateOnly(2026, 8, 17),
            Reference = "3510-KM-17082026-0012",
            Source = "Dukcapil (demo)",
            ImportedAt = now,
        });
        db.ExclusionListEntries.Add(new ExclusionListEntry
        {
            List = ExclusionList.Asn,
            Nik = AsnNik,
            Name = "Bambang Hariyanto, S.Pd.",
            NormalizedName = IndonesianName.Normalize("Bambang Hariyanto, S.Pd."),
            BirthDate = new DateOnly(1985, 5, 3),
            StaffNumber = "198505032010011002",
            Agency = "Dinas Pendidikan",
            Source = "BKPSDM (demo)",
            ImportedAt = now,
        });
        await db.SaveChangesAsync(ct);
        foreach (var h in households)
        {
            foreach (var m in h.Members)
            {
                db.NikSightings.Add(new NikSighting
                {
                    Nik = m.Nik,
                    Name = m.Name,
                    NormalizedName = m.NormalizedName,
                    BirthDate = m.BirthDate,
                    KkNumber = h.KkNumber,
                    VillageCode = h.VillageCode,
                    Source = "demo",
                    SeenAt = now,
                });
            }
        }

        await db.SaveChangesAsync(ct);
        DemoBanner.Lines.Add(" Perlinsos demo: " + Households + " households in Kecamatan Glagah; run the data-quality pass at /perlinsos/kualitas-data.");
    }

    private static Household Family(Random random, string village, ref int serial, ref int kkSerial, DateTimeOffset now)
    {
        var issued = new DateOnly(2010 + random.Next(15), 1 + random.Next(12), 1 + random.Next(28));
        var kk = "351015" + issued.ToString("ddMMyy", CultureInfo.InvariantCulture) + (kkSerial++).ToString("0000", CultureInfo.InvariantCulture);
        var poor = random.NextDouble() < 0.7;
        var h = new Household
        {
            KkNumber = kk,
            VillageCode = village,
            Rt = (1 + random.Next(6)).ToString("000", CultureInfo.InvariantCulture),
            Rw = (1 + random.Next(3)).ToString("000", CultureInfo.InvariantCulture),
            Address = "Dusun " + (random.Next(2) == 0 ? "Krajan" : "Sukosari"),
            WelfareDecile = poor ? 1 + random.Next(4) : 5 + random.Next(6),
            MonthlyIncome = poor ? 600_000 + random.Next(15) * 100_000 : 2_500_000 + random.Next(40) * 100_000,
            FloorMaterial = poor ? (random.Next(2) == 0 ? FloorMaterial.Earth : FloorMaterial.Cement) : FloorMaterial.Ceramic,
            WallMaterial = poor ? WallMaterial.Bamboo : WallMaterial.PlasteredBrick,
            RoofMaterial = poor ? RoofMaterial.ClayTile : RoofMaterial.ClayTile,
            FloorArea = poor ? 24 + random.Next(20) : 60 + random.Next(80),
            ElectricityVa = poor ? (random.Next(2) == 0 ? 450 : 900) : (random.Next(3) == 0 ? 2200 : 1300),
            LandArea = poor ? random.Next(300) : 500 + random.Next(3000),
            SmallLivestock = random.Next(4),
            LargeLivestock = poor ? random.Next(2) : random.Next(4),
            Motorcycles = poor ? random.Next(2) : 1 + random.Next(2),
            Cars = !poor && random.Next(4) == 0 ? 1 : 0,
            Source = HouseholdSource.Import,
            RegisteredBy = "demo",
            RegisteredAt = now,
            UpdatedAt = now,
        };
        var headMale = random.NextDouble() < 0.85;
        var headBirth = new DateOnly(1950 + random.Next(45), 1 + random.Next(12), 1 + random.Next(28));
        h.Members.Add(Person(random, headMale, headBirth, Relationship.Head, ref serial, now));
        if (headMale && random.NextDouble() < 0.85)
        {
            h.Members.Add(Person(random, false, headBirth.AddYears(random.Next(1, 6)).AddDays(random.Next(200)), Relationship.Wife, ref serial, now));
        }

        for (var c = random.Next(4); c > 0; c--)
        {
            var birth = headBirth.AddYears(20 + random.Next(18)).AddDays(random.Next(300));
            if (birth < new DateOnly(2025, 1, 1))
            {
                h.Members.Add(Person(random, random.Next(2) == 0, birth, Relationship.Child, ref serial, now));
            }
        }

        return h;
    }

    private static Member Person(Random random, bool male, DateOnly birth, Relationship relationship, ref int serial, DateTimeOffset now)
    {
        var first = male ? DemoNames.Men[random.Next(DemoNames.Men.Length)] : DemoNames.Women[random.Next(DemoNames.Women.Length)];
        var second = male ? DemoNames.MenSecond[random.Next(DemoNames.MenSecond.Length)] : DemoNames.WomenSecond[random.Next(DemoNames.WomenSecond.Length)];
        var name = (first + " " + second).Trim();
        return new Member
        {
            Nik = MakeNik(birth, male, serial++),
            Name = name,
            NormalizedName = IndonesianName.Normalize(name),
            BirthPlace = DemoNames.Places[random.Next(DemoNames.Places.Length)],
            BirthDate = birth,
            Sex = male ? Sex.Male : Sex.Female,
            Relationship = relationship,
            Occupation = relationship == Relationship.Child && birth.Year > 2006 ? "Pelajar" : DemoNames.Jobs[random.Next(DemoNames.Jobs.Length)],
            Disability = random.NextDouble() < 0.03 ? Disability.Severe : Disability.None,
            ChronicIllness = random.NextDouble() < 0.05,
            RegisteredAt = now,
            UpdatedAt = now,
        };
    }

    internal static string MakeNik(DateOnly birth, bool male, int serial) =>
        "351015" + (birth.Day + (male ? 0 : 40)).ToString("00", CultureInfo.InvariantCulture) + birth.ToString("MMyy", CultureInfo.InvariantCulture)
        + (serial % 10_000).ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>The planted problems, all in Kemiren (the demo desa operator's village).</summary>
    private static void Plant(List<Household> households, DateTimeOffset now)
    {
        Member Planted(string nik, string name, DateOnly birth, Sex sex, Relationship relationship, string job) => new()
        {
            Nik = nik,
            Name = name,
            NormalizedName = IndonesianName.Normalize(name),
            BirthPlace = "Banyuwangi",
            BirthDate = birth,
            Sex = sex,
            Relationship = relationship,
            Occupation = job,
            RegisteredAt = now,
            UpdatedAt = now,
        };

        var born = new DateOnly(1962, 3, 14);
        households[0].Members.Add(Planted(DuplicateOldNik, "Drs. H. Moch. Djoko Soetrisno", born, Sex.Male, Relationship.Parent, "Pensiunan"));
        households[1].Members.Add(Planted(DuplicateNewNik, "Muhammad Joko Sutrisno", born, Sex.Male, Relationship.Parent, "Petani"));
        households[2].Members.Add(Planted(DeceasedNik, "Poniyem", new DateOnly(1945, 7, 1), Sex.Female, Relationship.Parent, "Tidak bekerja"));
        households[3].Members.Add(Planted(AsnNik, "Bambang Hariyanto", new DateOnly(1985, 5, 3), Sex.Male, Relationship.OtherRelative, "Guru"));
        households[4].Members.Add(Planted(BadNik, "Suwarno", new DateOnly(1965, 1, 31), Sex.Male, Relationship.Parent, "Buruh tani"));
    }
}
