using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SocialProtection.PerlinsosPrograms;

namespace Pamong.Tests.SocialProtection.Proposals;

/// <summary>Usul–sanggah: the desa proposes with the musdes minutes, the kecamatan verifies, the Dinas Sosial decides, the next run follows.</summary>
public abstract class ProposalFlowTests(PamongApp app)
{
    private const string Olehsari = "35.10.15.2005";

    private static object Proposal(string program, string kind, string kk, byte[] minutes) => new
    {
        program,
        kind,
        kkNumber = kk,
        reason = "Hasil musyawarah desa: keluarga lansia tanpa penghasilan tetap.",
        deliberationDate = "2026-11-20",
        minutesPdfBase64 = Convert.ToBase64String(minutes),
    };

    [SkippableFact]
    public async Task An_accepted_usul_adds_the_household_and_an_accepted_sanggah_removes_one_in_the_next_run()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var program = await dinsos.ProgramAsync(maxDecile: 4);
        var missed = await app.HouseholdAsync(Kemiren, 7);
        var listed = await app.HouseholdAsync(Kemiren, 1);
        await dinsos.ApproveAsync((await dinsos.RunAsync(program)).GetProperty("id").GetInt32());

        var desa = await app.SignedInAsync("desa");
        var usul = await desa.PostAsJsonAsync("/api/v1/perlinsos/proposals", Proposal(program, "Usul", missed.Kk, Pdf));
        Assert.Equal(HttpStatusCode.Created, usul.StatusCode);
        var usulId = (await usul.JsonAsync()).GetProperty("id").GetInt32();
        var sanggah = await desa.PostAsJsonAsync("/api/v1/perlinsos/proposals", Proposal(program, "Sanggah", listed.Kk, Pdf));
        Assert.Equal(HttpStatusCode.Created, sanggah.StatusCode);
        var sanggahId = (await sanggah.JsonAsync()).GetProperty("id").GetInt32();

        // Only the kecamatan verifies, only the Dinas Sosial decides, and not before the kecamatan.
        Assert.Equal(HttpStatusCode.Forbidden, (await desa.PostAsJsonAsync($"/api/v1/perlinsos/proposals/{usulId}/verify", new { passed = true, note = "ok" })).StatusCode);
        Assert.Equal("proposal_not_verified", (await (await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/proposals/{usulId}/decide", new { accept = true, reason = "ok" })).JsonAsync()).ProblemCode());
        var kecamatan = await app.SignedInAsync("kecamatan");
        foreach (var id in new[] { usulId, sanggahId })
        {
            var verified = await kecamatan.PostAsJsonAsync($"/api/v1/perlinsos/proposals/{id}/verify", new { passed = true, note = "Berita acara lengkap dan ditandatangani." });
            Assert.Equal("Verified", (await verified.JsonAsync()).GetProperty("status").GetString());
            var decided = await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/proposals/{id}/decide", new { accept = true, reason = "Sesuai hasil verifikasi lapangan." });
            Assert.Equal("Accepted", (await decided.JsonAsync()).GetProperty("status").GetString());
        }

        var run = (await dinsos.RunAsync(program)).GetProperty("id").GetInt32();
        var added = await dinsos.DecisionAsync(run, missed.Id);
        Assert.Equal("Selected", added.GetProperty("status").GetString());
        Assert.EndsWith($"usul desa diterima (U-{usulId})", added.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        var removed = await dinsos.DecisionAsync(run, listed.Id);
        Assert.Equal("Removed", removed.GetProperty("status").GetString());
        Assert.Equal($"Tidak termasuk karena sanggah desa diterima (U-{sanggahId})", removed.GetProperty("explanation").GetString());

        var audited = await app.WithDb(db => db.AuditRecords.AnyAsync(a => a.Reason == "Sesuai hasil verifikasi lapangan." && a.SubjectId == usulId.ToString()));
        Assert.True(audited);
        var minutes = await desa.GetAsync($"/api/v1/perlinsos/proposals/{usulId}/minutes");
        Assert.Equal("application/pdf", minutes.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task A_proposal_needs_pdf_minutes_a_household_of_the_village_and_a_fitting_kind()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var program = await dinsos.ProgramAsync(maxDecile: 4);
        var own = await app.HouseholdAsync(Kemiren, 8);
        var elsewhere = await app.HouseholdAsync(Olehsari, 8);
        await dinsos.ApproveAsync((await dinsos.RunAsync(program)).GetProperty("id").GetInt32());
        var desa = await app.SignedInAsync("desa");

        var notPdf = await desa.PostAsJsonAsync("/api/v1/perlinsos/proposals", Proposal(program, "Usul", own.Kk, Png));
        Assert.Equal("minutes_not_pdf", (await notPdf.JsonAsync()).ProblemCode());
        var outside = await desa.PostAsJsonAsync("/api/v1/perlinsos/proposals", Proposal(program, "Usul", elsewhere.Kk, Pdf));
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        Assert.Equal("household_outside_area", (await outside.JsonAsync()).ProblemCode());
        var notListed = await desa.PostAsJsonAsync("/api/v1/perlinsos/proposals", Proposal(program, "Sanggah", own.Kk, Pdf));
        Assert.Equal("household_not_listed", (await notListed.JsonAsync()).ProblemCode());
        var empty = await desa.PostAsJsonAsync("/api/v1/perlinsos/proposals", new { program, kind = "Usul", kkNumber = own.Kk });
        var problem = await empty.JsonAsync();
        Assert.Equal("proposal_invalid", problem.ProblemCode());
        Assert.NotEmpty(problem.ErrorsOf("reason"));
        Assert.NotEmpty(problem.ErrorsOf("deliberationDate"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProposalFlowTestsOnSqlite(SqliteApp app) : ProposalFlowTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProposalFlowTestsOnPostgres(PostgresApp app) : ProposalFlowTests(app);
