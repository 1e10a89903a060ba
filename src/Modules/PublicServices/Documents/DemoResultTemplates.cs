using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.Tenancy;
using Pamong.PublicServices.Data;

namespace Pamong.PublicServices.Documents;

/// <summary>
/// Result document templates for the demo's most asked-for village letters (the other services use the default
/// template). The numbers follow the usual pattern of village letters: classification code / sequence / village / year.
/// </summary>
internal sealed class DemoResultTemplates(IOptions<DemoOptions> options, TimeProvider clock) : IStartupStep
{
    private static readonly (string Service, string Title, string Body, string Pattern)[] Templates =
    [
        ("sk-domisili", "SURAT KETERANGAN DOMISILI",
            "Yang bertanda tangan di bawah ini, Kepala {desa}, {kecamatan}, {kabupaten}, menerangkan bahwa penduduk tersebut di bawah ini "
            + "benar bertempat tinggal di {alamat_domisili} sejak {lama_tinggal_tahun} tahun yang lalu.\nSurat keterangan ini diberikan untuk keperluan: {keperluan}.",
            "470/{seq}/{unit}/{year}"),
        ("sktm", "SURAT KETERANGAN TIDAK MAMPU",
            "Yang bertanda tangan di bawah ini menerangkan bahwa penduduk tersebut di bawah ini, warga {desa}, {kecamatan}, berdasarkan pemeriksaan "
            + "pemerintah desa termasuk keluarga tidak mampu dengan penghasilan keluarga Rp {penghasilan_bulanan} per bulan dan {jumlah_tanggungan} orang tanggungan.\n"
            + "Surat keterangan ini diberikan untuk keperluan: {keperluan}.",
            "401/{seq}/{unit}/{year}"),
        ("sk-usaha", "SURAT KETERANGAN USAHA",
            "Yang bertanda tangan di bawah ini, Kepala {desa}, menerangkan bahwa penduduk tersebut di bawah ini benar menjalankan usaha "
            + "\"{nama_usaha}\" ({jenis_usaha}) di {alamat_usaha} sejak {mulai_usaha}.",
            "503/{seq}/{unit}/{year}"),
    ];

    public int Order => 75;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(Demo.DemoCatalogue.TenantId);
        var db = scope.ServiceProvider.GetRequiredService<PublicServicesDb>();
        var codes = Templates.Select(t => t.Service).ToList();
        var serviceIds = await db.Services.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        var existing = (await db.ResultTemplates.AsNoTracking().Select(t => t.ServiceId).ToListAsync(ct)).ToHashSet();
        foreach (var (service, title, body, pattern) in Templates)
        {
            if (serviceIds.TryGetValue(service, out var id) && !existing.Contains(id))
            {
                db.ResultTemplates.Add(new ResultTemplate
                {
                    Id = Guid.NewGuid(),
                    ServiceId = id,
                    Title = title,
                    Body = body,
                    Closing = ResultTemplates.DefaultClosing,
                    NumberPattern = pattern,
                    UpdatedAt = clock.GetUtcNow().UtcDateTime,
                    UpdatedBy = "sistem",
                });
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
