using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Regions;
using Pamong.Platform.Tenancy;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;

namespace Pamong.SocialProtection.Transparency;

/// <summary>/api/v1/perlinsos/transparansi: the public, masked recipient lists; /perlinsos/masking: the Pemda's masking rule.</summary>
public static class TransparencyApi
{
    public static void MapTransparencyApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/perlinsos/transparansi/{villageCode}", async (string villageCode, VillageRecipients recipients, RegionDirectory regions, TenantDirectory tenants, CurrentTenant tenant, CancellationToken ct) =>
                regions.Tree.Find(villageCode) is { Level: RegionLevel.Village } village && TransparencyRules.InPemda(village.Code, tenants, tenant)
                    ? Results.Ok(new { village = village.Code, name = village.Name, programs = await recipients.ForAsync(village.Code, ct) })
                    : Problems.NotFound("village_not_found", $"Desa/kelurahan {villageCode} tidak ditemukan di Pemda ini."))
            .AllowAnonymous()
            .WithTags("Perlinsos")
            .WithName("PerlinsosTransparency")
            .WithSummary("Public: a village's recipients per program (latest announced run), masked by the Pemda's rule, with counts and totals per stage.");

        app.MapGet("/perlinsos/masking", async (VillageRecipients recipients, CancellationToken ct) => Results.Ok(await recipients.MaskingAsync(ct)))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithTags("Perlinsos")
            .WithName("GetPerlinsosMasking")
            .WithSummary("The masking rule of the public lists (digits kept at the start and end of a NIK, letters kept per name word, RT/RW shown).");

        app.MapPut("/perlinsos/masking", async (MaskingInput input, PerlinsosDb db, CancellationToken ct) =>
            {
                if (input.NumberKeepStart is < 0 or > 6 || input.NumberKeepEnd is < 0 or > 6 || input.NameKeepLetters is < 0 or > 3)
                {
                    return Problems.Invalid("masking_invalid", "Digit NIK yang ditampilkan 0–6 di awal dan di akhir; huruf nama yang ditampilkan 0–3.");
                }

                var rule = await db.MaskingRules.FirstOrDefaultAsync(ct);
                if (rule is null)
                {
                    rule = new MaskingRule();
                    db.MaskingRules.Add(rule);
                }

                rule.NumberKeepStart = input.NumberKeepStart;
                rule.NumberKeepEnd = input.NumberKeepEnd;
                rule.NameKeepLetters = input.NameKeepLetters;
                rule.ShowRtRw = input.ShowRtRw;
                await db.SaveChangesAsync(ct);
                return Results.Ok(rule);
            })
            .RequireAuthorization(Permissions.ManagePerlinsos)
            .WithTags("Perlinsos")
            .WithName("SetPerlinsosMasking")
            .WithSummary("Sets the Pemda's masking rule: {\"numberKeepStart\":4,\"numberKeepEnd\":4,\"nameKeepLetters\":1,\"showRtRw\":true}.");
    }
}

public sealed record MaskingInput(int NumberKeepStart, int NumberKeepEnd, int NameKeepLetters, bool ShowRtRw);
