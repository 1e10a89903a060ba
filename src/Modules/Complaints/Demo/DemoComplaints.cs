using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pamong.Complaints.Data;
using Pamong.Complaints.Deadlines;
using Pamong.Complaints.Filing;
using Pamong.Complaints.Handling;
using Pamong.Complaints.Tracking;
using Pamong.Platform.Accounts;
using Pamong.Platform.Data;
using Pamong.Platform.Demo;
using Pamong.Platform.Tenancy;

namespace Pamong.Complaints.Demo;

/// <summary>
/// A handful of demo complaints in every state, about Desa Kemiren, Kecamatan Glagah and Dinas Sosial (made-up
/// people and events). Only in demo mode and only when the Pemda has no complaint yet.
/// </summary>
internal sealed class DemoComplaints(IOptions<DemoOptions> options) : IStartupStep
{
    public const string TenantId = "banyuwangi";
    public const string Kemiren = "35.10.15.2004";
    public const string Glagah = "35.10.15";

    public int Order => 70;

    public async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        provider.GetRequiredService<CurrentTenant>().Set(TenantId);
        var db = provider.GetRequiredService<ComplaintsDb>();
        if (!await provider.GetRequiredService<PamongDb>().Tenants.AnyAsync(t => t.Id == TenantId, ct) || await db.Complaints.AnyAsync(ct))
        {
            return;
        }

        // Holidays every year has on the same date; a Pemda adds the moving ones (Idul Fitri, cuti bersama) itself.
        db.Settings.Add(new ComplaintSettings
        {
            Holidays =
            [
                new ComplaintHoliday { Date = new DateOnly(2026, 12, 25), Name = "Hari Raya Natal" },
                new ComplaintHoliday { Date = new DateOnly(2027, 1, 1), Name = "Tahun Baru 2027 Masehi" },
            ],
        });
        await db.SaveChangesAsync(ct);

        var filing = provider.GetRequiredService<ComplaintFiling>();
        var actions = provider.GetRequiredService<ComplaintActions>();
        var tracking = provider.GetRequiredService<ComplaintTracking>();
        var liaison = ComplaintOfficer.Of(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], "demo")));

        async Task<Complaint> File(string unit, string category, string title, string description, string? name, bool anonymous = false, bool confidential = false, string? service = null)
        {
            var outcome = await filing.FileAsync(new ComplaintInput
            {
                UnitCode = unit,
                Category = category,
                Title = title,
                Description = description,
                Service = service,
                VillageCode = unit == "DINSOS" ? Kemiren : unit.Length == 13 ? unit : null,
                Anonymous = anonymous,
                Confidential = confidential,
                Name = name,
            }, [], null, ct);
            return outcome.Value ?? throw new InvalidOperationException("Demo complaint refused: " + outcome.Refusal!.Detail);
        }

        await File(Kemiren, "infrastruktur", "Lampu jalan di Dusun Krajan padam sejak dua minggu",
            "Tiga lampu penerangan jalan di dekat balai dusun padam. Malam hari jalan gelap dan rawan kecelakaan.", "Sulastri (demo)");

        var domicile = await File(Kemiren, "pelayanan", "Surat keterangan domisili belum selesai",
            "Saya mengajukan surat keterangan domisili seminggu lalu di kantor desa tetapi belum ada kabar.", "Hendra Wijaya (demo)", service: "surat-keterangan-domisili");
        await actions.RouteAsync(liaison, domicile.Id, new RouteInput { Simple = true, Note = "Mohon dicek berkas pemohon." }, ct);

        var queue = await File(Glagah, "kependudukan", "Antrean perekaman KTP-el di kecamatan terlalu lama",
            "Saya menunggu lebih dari empat jam untuk perekaman KTP-el dan nomor antrean tidak jelas.", "Ratna Sari (demo)");
        await actions.RouteAsync(liaison, queue.Id, new RouteInput(), ct);
        await actions.AnswerAsync(liaison, queue.Id, new AnswerInput { Answer = "Mulai bulan ini perekaman KTP-el di Kecamatan Glagah memakai antrean daring dan dibuka dua loket. Mohon maaf atas ketidaknyamanannya." }, ct);

        var aid = await File("DINSOS", "sosial", "Bantuan sembako tidak diterima keluarga kami",
            "Nama kami ada di daftar penerima tetapi bantuan bulan lalu tidak sampai.", "Slamet Riyadi (demo)", confidential: true);
        await actions.RouteAsync(liaison, aid.Id, new RouteInput(), ct);
        await actions.AnswerAsync(liaison, aid.Id, new AnswerInput { Answer = "Bantuan tertahan karena data alamat berbeda. Data sudah diperbaiki dan bantuan disalurkan lewat kantor desa." }, ct);
        await tracking.RespondAsync(aid.TrackingCode, new ResponseInput { Satisfied = true, Comment = "Sudah diterima, terima kasih." }, ct);

        var levy = await File("DINSOS", "pungli", "Dugaan pungutan dalam pendataan bantuan",
            "Petugas pendata meminta uang agar nama dimasukkan ke daftar penerima.", null, anonymous: true);
        await actions.RouteAsync(liaison, levy.Id, new RouteInput { Note = "Perlu klarifikasi ke petugas pendata." }, ct);

        var question = await File(Kemiren, "kesehatan", "Jadwal posyandu bulan depan",
            "Kapan jadwal posyandu balita bulan depan?", "Wulan (demo)");
        await actions.RejectAsync(liaison, question.Id, new ReasonInput { Reason = "Pertanyaan informasi, bukan pengaduan. Jadwal posyandu ada di papan pengumuman desa." }, ct);

        // Filed days ago, so that the overview shows answer times.
        await BackdateAsync(db, queue.Id, 6, ct);
        await BackdateAsync(db, aid.Id, 12, ct);

        // A complaint the desa left unanswered: its deadline has passed, so the first read sends it to the kecamatan.
        var drain = await File(Kemiren, "infrastruktur", "Saluran air di RT 02 tersumbat",
            "Saluran air tersumbat sampah dan meluap setiap hujan.", "Agus (demo)");
        await actions.RouteAsync(liaison, drain.Id, new RouteInput(), ct);
        await BackdateAsync(db, drain.Id, 30, ct);
    }

    /// <summary>Moves a complaint's filing <paramref name="days"/> back and its later steps one day after it.</summary>
    private static async Task BackdateAsync(ComplaintsDb db, int id, int days, CancellationToken ct)
    {
        var c = await db.Complaints.Include(x => x.Events).FirstAsync(x => x.Id == id, ct);
        c.FiledAt = c.FiledAt.AddDays(-days);
        c.VerifyDueOn = c.VerifyDueOn.AddDays(-days);
        c.RoutedAt = c.RoutedAt?.AddDays(1 - days);
        c.AnswerDueOn = c.AnswerDueOn?.AddDays(1 - days);
        foreach (var e in c.Events)
        {
            e.At = e.At.AddDays(e.Action switch { ComplaintAction.Filed => -days, ComplaintAction.Routed => 1 - days, _ => 0 });
        }

        await db.SaveChangesAsync(ct);
    }
}
