using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pamong.Tests.Infrastructure;
using static Pamong.Tests.SocialProtection.PerlinsosPrograms;

namespace Pamong.Tests.SocialProtection.Distribution;

/// <summary>A stage from the announced run, hand-overs with proof in the field, returns, and the reconciliation numbers and files.</summary>
public abstract class DistributionTests(PamongApp app)
{
    private const string Kebalenan = "35.10.16.1003";

    [SkippableFact]
    public async Task Hand_overs_are_recorded_with_proof_and_reconciled_per_village()
    {
        app.SkipIfUnavailable();
        var dinsos = await app.SignedInAsync("opd");
        var program = await dinsos.ProgramAsync(maxDecile: 3, quota: 3, village: Kebalenan);
        for (var i = 0; i < 3; i++)
        {
            await app.HouseholdAsync(Kebalenan, 1);
        }

        await dinsos.ApproveAsync((await dinsos.RunAsync(program)).GetProperty("id").GetInt32());
        Assert.Equal("stage_invalid", (await (await dinsos.PostAsJsonAsync("/api/v1/perlinsos/distribution/cycles", new { program, stage = 5, plannedOn = "2026-12-01" })).JsonAsync()).ProblemCode());
        var opened = await dinsos.PostAsJsonAsync("/api/v1/perlinsos/distribution/cycles", new { program, stage = 1, channel = "PT Pos Indonesia", plannedOn = "2026-12-01" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var cycle = (await opened.JsonAsync()).GetProperty("id").GetInt32();
        Assert.Equal("cycle_exists", (await (await dinsos.PostAsJsonAsync("/api/v1/perlinsos/distribution/cycles", new { program, stage = 1, plannedOn = "2026-12-01" })).JsonAsync()).ProblemCode());

        var pendamping = await app.SignedInAsync("pendamping");
        var recipients = (await (await dinsos.GetAsync($"/api/v1/perlinsos/distribution/cycles/{cycle}/recipients?village={Kebalenan}")).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(3, recipients.Count);

        var photo = await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/distribution/hand-overs/{recipients[0]}", new { delivered = true, proofKind = "Photo", proofBase64 = Convert.ToBase64String(Jpeg) });
        Assert.Equal("Delivered", (await photo.JsonAsync()).GetProperty("status").GetString());
        var badSignature = await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/distribution/hand-overs/{recipients[1]}", new { delivered = true, proofKind = "Signature", proofBase64 = Convert.ToBase64String(Pdf) });
        Assert.Equal("proof_invalid", (await badSignature.JsonAsync()).ProblemCode());
        var qr = await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/distribution/hand-overs/{recipients[1]}", new { delivered = true, proofKind = "CardQr", cardQr = "KKS-3510-000123456" });
        Assert.Equal("Delivered", (await qr.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("reason_required", (await (await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/distribution/hand-overs/{recipients[2]}", new { delivered = false })).JsonAsync()).ProblemCode());
        var away = await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/distribution/hand-overs/{recipients[2]}", new { delivered = false, reason = "Pindah ke Bali sejak Oktober." });
        Assert.Equal("Undelivered", (await away.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal("hand_over_recorded", (await (await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/distribution/hand-overs/{recipients[0]}", new { delivered = false, reason = "x" })).JsonAsync()).ProblemCode());

        // Field officers of Glagah (the desa of Kemiren, the pendamping) cannot record Kebalenan's; a field officer cannot return money to the treasury.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAsync("desa")).PostAsJsonAsync($"/api/v1/perlinsos/distribution/hand-overs/{recipients[2]}", new { delivered = false, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pendamping.PostAsJsonAsync($"/api/v1/perlinsos/distribution/hand-overs/{recipients[2]}", new { delivered = false, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pendamping.PostAsJsonAsync($"/api/v1/perlinsos/distribution/hand-overs/{recipients[2]}/return", new { })).StatusCode);
        Assert.Equal("Returned", (await (await dinsos.PostAsJsonAsync($"/api/v1/perlinsos/distribution/hand-overs/{recipients[2]}/return", new { reason = "Disetor ke kas daerah." })).JsonAsync()).GetProperty("status").GetString());

        var report = await (await dinsos.GetAsync($"/api/v1/perlinsos/distribution/cycles/{cycle}/reconciliation")).JsonAsync();
        var village = report.GetProperty("villages").EnumerateArray().Single(v => v.GetProperty("villageCode").GetString() == Kebalenan);
        Assert.Equal((3, 1_200_000L), Figure(village, "planned"));
        Assert.Equal((2, 800_000L), Figure(village, "delivered"));
        Assert.Equal((0, 0L), Figure(village, "undelivered"));
        Assert.Equal((1, 400_000L), Figure(village, "returned"));
        Assert.Equal((0, 0L), Figure(village, "outstanding"));

        var xlsx = await (await dinsos.GetAsync($"/api/v1/perlinsos/distribution/cycles/{cycle}/reconciliation?format=xlsx")).Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        var pdf = await (await dinsos.GetAsync($"/api/v1/perlinsos/distribution/cycles/{cycle}/reconciliation?format=pdf")).Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Contains("Kebalenan", await dinsos.GetStringAsync($"/perlinsos/penyaluran/{cycle}"), StringComparison.Ordinal);
    }

    private static (int, long) Figure(JsonElement village, string name) =>
        (village.GetProperty(name).GetProperty("households").GetInt32(), village.GetProperty(name).GetProperty("amount").GetInt64());
}

[Collection(SqliteCollection.Name)]
public sealed class DistributionTestsOnSqlite(SqliteApp app) : DistributionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DistributionTestsOnPostgres(PostgresApp app) : DistributionTests(app);
