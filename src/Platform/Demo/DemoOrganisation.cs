using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Organisations;
using Pamong.Platform.Regions;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Demo;

/// <summary>The demo Pemda's organisation: its OPD, and an office for each of its 25 kecamatan and 217 villages.</summary>
internal sealed class DemoOrganisation(IOptions<DemoOptions> options) : IStartupStep
{
    public static readonly (string Code, string Name)[] Opd =
    [
        ("SETDA", "Sekretariat Daerah"),
        ("INSPEKTORAT", "Inspektorat"),
        ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah"),
        ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"),
        ("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
        ("DISKOMINFO", "Dinas Komunikasi, Informatika dan Persandian"),
        ("DINSOS", "Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana"),
        ("DISPENDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil"),
        ("DINKES", "Dinas Kesehatan"),
        ("DISDIK", "Dinas Pendidikan"),
        ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
        ("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa"),
        ("DPU", "Dinas Pekerjaan Umum, Cipta Karya, Perumahan dan Permukiman"),
        ("DISBUDPAR", "Dinas Kebudayaan dan Pariwisata"),
        ("DISHUB", "Dinas Perhubungan"),
        ("DLH", "Dinas Lingkungan Hidup"),
        ("SATPOLPP", "Satuan Polisi Pamong Praja"),
    ];

    public int Order => 30;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(DemoTenant.Id);
        var db = scope.ServiceProvider.GetRequiredService<PamongDb>();
        if (await db.OrganisationUnits.AnyAsync(ct))
        {
            return;
        }

        var pemda = new OrganisationUnit { Kind = UnitKind.Pemda, Code = "PEMDA", Name = "Pemerintah Kabupaten Banyuwangi", RegionCode = DemoTenant.RegionCode };
        db.OrganisationUnits.Add(pemda);
        await db.SaveChangesAsync(ct);

        foreach (var (code, name) in Opd)
        {
            db.OrganisationUnits.Add(new OrganisationUnit { Kind = UnitKind.Opd, Code = code, Name = name, RegionCode = DemoTenant.RegionCode, ParentId = pemda.Id });
        }

        await OrganisationFromRegions.AddAreaOfficesAsync(db, pemda, ct);
        await db.SaveChangesAsync(ct);
    }
}
