using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations.Positions;
using Pamong.Platform.Organisations.Staff;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Demo;

/// <summary>Positions of a few demo units and a handful of staff with valid NIPs. Adds only what is missing.</summary>
internal sealed class DemoStaff(IOptions<DemoOptions> options) : IStartupStep
{
    public static readonly (string UnitCode, string Position, string? Grade)[] Positions =
    [
        ("DISKOMINFO", "Kepala Dinas", "Eselon II.b"),
        ("DISKOMINFO", "Sekretaris", "Eselon III.a"),
        ("DISKOMINFO", "Kepala Bidang Aplikasi Informatika", "Eselon III.b"),
        ("DISKOMINFO", "Kepala Bidang Persandian dan Statistik", "Eselon III.b"),
        ("DISKOMINFO", "Pranata Komputer Ahli Pertama", "Fungsional"),
        ("DISKOMINFO", "Tenaga Pendukung Teknis", null),
        ("DINSOS", "Kepala Dinas", "Eselon II.b"),
        ("DINSOS", "Sekretaris", "Eselon III.a"),
        ("DINSOS", "Kepala Bidang Perlindungan dan Jaminan Sosial", "Eselon III.b"),
        ("DISPENDUKCAPIL", "Kepala Dinas", "Eselon II.b"),
        ("35.10.15", "Camat", "Eselon III.a"),
        ("35.10.15", "Sekretaris Kecamatan", "Eselon III.b"),
        ("35.10.15.2004", "Kepala Desa", null),
        ("35.10.15.2004", "Sekretaris Desa", null),
        ("35.10.16.1001", "Lurah", "Eselon IV.a"),
    ];

    public static readonly (string FullName, StaffStatus Status, string? Nip, string UnitCode, string Position)[] Staff =
    [
        ("Budi Santoso", StaffStatus.Asn, "197203151998031004", "DISKOMINFO", "Kepala Dinas"),
        ("Endang Purwaningsih", StaffStatus.Asn, "197811222003122002", "DISKOMINFO", "Sekretaris"),
        ("Agus Wicaksono", StaffStatus.Asn, "198405092009011003", "DISKOMINFO", "Kepala Bidang Aplikasi Informatika"),
        ("Dewi Lestari", StaffStatus.Pppk, "199102142022212005", "DISKOMINFO", "Pranata Komputer Ahli Pertama"),
        ("Rizky Maulana", StaffStatus.NonAsn, null, "DISKOMINFO", "Tenaga Pendukung Teknis"),
        ("Sri Wahyuni", StaffStatus.Asn, "197006201995032001", "DINSOS", "Kepala Dinas"),
        ("Slamet Riyadi", StaffStatus.Asn, "197512041999031005", "35.10.15", "Camat"),
        ("Mohammad Arifin", StaffStatus.NonAsn, null, "35.10.15.2004", "Kepala Desa"),
        ("Ahmad Fauzi", StaffStatus.Asn, "198108172006041006", "35.10.16.1001", "Lurah"),
    ];

    public int Order => 35;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(DemoTenant.Id);
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        var codes = Positions.Select(p => p.UnitCode).Distinct().ToList();
        var units = await db.OrganisationUnits.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        foreach (var (unitCode, name, grade) in Positions)
        {
            if (units.TryGetValue(unitCode, out var unitId) && !await db.Positions.AnyAsync(p => p.UnitId == unitId && p.Name == name, ct))
            {
                db.Positions.Add(new Position { UnitId = unitId, Name = name, Grade = grade });
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var (fullName, status, nip, unitCode, positionName) in Staff)
        {
            if (!units.TryGetValue(unitCode, out var unitId) || await db.StaffMembers.AnyAsync(s => s.UnitId == unitId && s.FullName == fullName, ct))
            {
                continue;
            }

            var position = await db.Positions.FirstAsync(p => p.UnitId == unitId && p.Name == positionName, ct);
            db.StaffMembers.Add(new StaffMember { FullName = fullName, Status = status, Nip = nip, UnitId = unitId, PositionId = position.Id });
        }

        await db.SaveChangesAsync(ct);
    }
}
