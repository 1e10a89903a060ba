using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.People;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Demo;

/// <summary>
/// Ten demo families (40 residents) in Desa Kemiren and Desa Olehsari (Kecamatan Glagah) and Kelurahan Pakis
/// (Kecamatan Banyuwangi), with NIKs and KK numbers that pass the checks and agree with the recorded birth date
/// and sex. Siti Rahayu (NIK 3510155705900001) is the demo citizen account "warga". Adds only missing residents.
/// </summary>
internal sealed class DemoCitizens(IOptions<DemoOptions> options) : IStartupStep
{
    public sealed record Person(string Nik, string FullName, Sex Sex, string BirthPlace, DateOnly BirthDate, string Relationship);

    public sealed record Family(string KkNumber, string VillageCode, string Rt, string Rw, string Address, Person[] Members);

    public static readonly Family[] Families =
    [
        new("3510151203150001", "35.10.15.2004", "001", "001", "Dusun Krajan",
        [
            new("3510151208651328", "Suhaimi", Sex.Male, "Banyuwangi", new DateOnly(1965, 8, 12), "Kepala Keluarga"),
            new("3510154302680619", "Juwariyah", Sex.Female, "Banyuwangi", new DateOnly(1968, 2, 3), "Istri"),
            new("3510152111901619", "Adi Purwadi", Sex.Male, "Banyuwangi", new DateOnly(1990, 11, 21), "Anak"),
            new("3510154906950199", "Sri Wulandari", Sex.Female, "Banyuwangi", new DateOnly(1995, 6, 9), "Anak"),
        ]),
        new("3510151006190002", "35.10.15.2004", "002", "001", "Dusun Krajan",
        [
            new("3510152501870298", "Ahmad Sanusi", Sex.Male, "Banyuwangi", new DateOnly(1987, 1, 25), "Kepala Keluarga"),
            new("3510155705900001", "Siti Rahayu", Sex.Female, "Banyuwangi", new DateOnly(1990, 5, 17), "Istri"),
            new("3510153009142196", "Muhammad Rafi Pratama", Sex.Male, "Banyuwangi", new DateOnly(2014, 9, 30), "Anak"),
            new("3510156805190387", "Aulia Putri Ramadhani", Sex.Female, "Banyuwangi", new DateOnly(2019, 5, 28), "Anak"),
        ]),
        new("3510150503130003", "35.10.15.2004", "003", "002", "Dusun Kedaleman",
        [
            new("3510151404581499", "Sumitro", Sex.Male, "Banyuwangi", new DateOnly(1958, 4, 14), "Kepala Keluarga"),
            new("3510154210612389", "Sunarti", Sex.Female, "Banyuwangi", new DateOnly(1961, 10, 2), "Istri"),
            new("3510153012840239", "Hasan Basri", Sex.Male, "Banyuwangi", new DateOnly(1984, 12, 30), "Anak"),
            new("3510154707882080", "Nur Hasanah", Sex.Female, "Jember", new DateOnly(1988, 7, 7), "Menantu"),
            new("3510152902120881", "Dimas Arya Saputra", Sex.Male, "Banyuwangi", new DateOnly(2012, 2, 29), "Cucu"),
        ]),
        new("3510151109210004", "35.10.15.2004", "001", "002", "Dusun Kedaleman",
        [
            new("3510154505750155", "Wiwik Suprihatin", Sex.Female, "Banyuwangi", new DateOnly(1975, 5, 5), "Kepala Keluarga"),
            new("3510151501980354", "Eko Prasetyo", Sex.Male, "Banyuwangi", new DateOnly(1998, 1, 15), "Anak"),
            new("3510155904011778", "Dwi Anggraini", Sex.Female, "Banyuwangi", new DateOnly(2001, 4, 19), "Anak"),
        ]),
        new("3510150302160005", "35.10.15.2005", "002", "001", "Dusun Krajan",
        [
            new("3510150909701714", "Mistari", Sex.Male, "Banyuwangi", new DateOnly(1970, 9, 9), "Kepala Keluarga"),
            new("3510155111720288", "Ponirah", Sex.Female, "Banyuwangi", new DateOnly(1972, 11, 11), "Istri"),
            new("3510150303960987", "Rizal Fahmi", Sex.Male, "Banyuwangi", new DateOnly(1996, 3, 3), "Anak"),
            new("3510155708030373", "Lailatul Fitriyah", Sex.Female, "Banyuwangi", new DateOnly(2003, 8, 17), "Anak"),
        ]),
        new("3510152511190006", "35.10.15.2005", "004", "002", "Dusun Gumuk",
        [
            new("3510152106802259", "Bambang Hariyanto", Sex.Male, "Situbondo", new DateOnly(1980, 6, 21), "Kepala Keluarga"),
            new("3510154801831740", "Rohimah", Sex.Female, "Banyuwangi", new DateOnly(1983, 1, 8), "Istri"),
            new("3510155010100244", "Zaskia Nur Aini", Sex.Female, "Banyuwangi", new DateOnly(2010, 10, 10), "Anak"),
            new("3510156512502318", "Sutiyah", Sex.Female, "Banyuwangi", new DateOnly(1950, 12, 25), "Mertua"),
        ]),
        new("3510151406220007", "35.10.15.2005", "001", "003", "Dusun Gumuk",
        [
            new("3510153107920509", "Joko Susilo", Sex.Male, "Banyuwangi", new DateOnly(1992, 7, 31), "Kepala Keluarga"),
            new("3510155402940916", "Puspitasari", Sex.Female, "Banyuwangi", new DateOnly(1994, 2, 14), "Istri"),
            new("3510150112212389", "Arkan Maulana", Sex.Male, "Banyuwangi", new DateOnly(2021, 12, 1), "Anak"),
        ]),
        new("3510160708120008", "35.10.16.1001", "002", "004", "Jl. Kenanga Gg. II No. 7",
        [
            new("3510161803760255", "Hendra Gunawan", Sex.Male, "Banyuwangi", new DateOnly(1976, 3, 18), "Kepala Keluarga"),
            new("3510166104792365", "Kartini Wulandari", Sex.Female, "Jember", new DateOnly(1979, 4, 21), "Istri"),
            new("3510160606032400", "Bagus Setiawan", Sex.Male, "Banyuwangi", new DateOnly(2003, 6, 6), "Anak"),
            new("3510165509071626", "Intan Permatasari", Sex.Female, "Banyuwangi", new DateOnly(2007, 9, 15), "Anak"),
        ]),
        new("3510161001200009", "35.10.16.1001", "003", "004", "Jl. Kenanga No. 21",
        [
            new("3510162710850205", "Moch. Fauzan", Sex.Male, "Banyuwangi", new DateOnly(1985, 10, 27), "Kepala Keluarga"),
            new("3510165212890907", "Dian Safitri", Sex.Female, "Banyuwangi", new DateOnly(1989, 12, 12), "Istri"),
            new("3510166203160192", "Nadia Salsabila", Sex.Female, "Banyuwangi", new DateOnly(2016, 3, 22), "Anak"),
            new("3510160808002282", "Agus Salim", Sex.Male, "Situbondo", new DateOnly(2000, 8, 8), "Famili Lain"),
        ]),
        new("3510162903170010", "35.10.16.1001", "001", "005", "Jl. Flamboyan No. 4",
        [
            new("3510164407550547", "Sumiati", Sex.Female, "Banyuwangi", new DateOnly(1955, 7, 4), "Kepala Keluarga"),
            new("3510161602821188", "Yusuf Efendi", Sex.Male, "Banyuwangi", new DateOnly(1982, 2, 16), "Anak"),
            new("3510167005861718", "Lilis Suryani", Sex.Female, "Banyuwangi", new DateOnly(1986, 5, 30), "Menantu"),
            new("3510162011110592", "Reza Pahlevi", Sex.Male, "Banyuwangi", new DateOnly(2011, 11, 20), "Cucu"),
            new("3510164101152216", "Salsa Amelia", Sex.Female, "Banyuwangi", new DateOnly(2015, 1, 1), "Cucu"),
        ]),
    ];

    public int Order => 50;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(DemoTenant.Id);
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var known = (await db.Citizens.Select(c => c.Nik).ToListAsync(ct)).ToHashSet();
        foreach (var family in Families)
        {
            foreach (var person in family.Members.Where(p => !known.Contains(p.Nik)))
            {
                db.Citizens.Add(new Citizen
                {
                    Nik = person.Nik,
                    FullName = person.FullName,
                    BirthPlace = person.BirthPlace,
                    BirthDate = person.BirthDate,
                    Sex = person.Sex,
                    KkNumber = family.KkNumber,
                    FamilyRelationship = person.Relationship,
                    Address = family.Address,
                    Rt = family.Rt,
                    Rw = family.Rw,
                    VillageCode = family.VillageCode,
                    CreatedAt = now,
                    UpdatedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
