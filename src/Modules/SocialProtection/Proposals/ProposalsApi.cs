using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Pamong.Platform.Accounts;
using Pamong.Platform.Web;
using Pamong.SocialProtection.Data;
using Pamong.SocialProtection.Uploads;

namespace Pamong.SocialProtection.Proposals;

/// <summary>/api/v1/perlinsos/proposals: usul and sanggah of the villages, their verification and decision.</summary>
public static class ProposalsApi
{
    public static void MapProposalsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/perlinsos/proposals").WithTags("Perlinsos");

        api.MapGet("/", async (string? status, ClaimsPrincipal user, PerlinsosDb db, CancellationToken ct) =>
            {
                var query = db.Proposals.AsNoTracking().Where(OfficerArea.For(user, Permissions.ReadPerlinsos).Filter<Proposal>(p => p.VillageCode));
                if (Enum.TryParse<ProposalStatus>(status, true, out var wanted))
                {
                    query = query.Where(p => p.Status == wanted);
                }

                var names = await db.Programs.ToDictionaryAsync(p => p.Id, p => p.Code, ct);
                return Results.Ok((await query.OrderByDescending(p => p.Id).Take(500).ToListAsync(ct)).Select(p => ProposalJson.From(p, names.GetValueOrDefault(p.ProgramId, ""))));
            })
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("ListPerlinsosProposals")
            .WithSummary("Usul and sanggah in the officer's area, newest first; filter by status (Submitted, Verified, Returned, Accepted, Rejected).");

        api.MapPost("/", async (ProposalRequest input, ProposalEditor editor, ClaimsPrincipal user, CancellationToken ct) =>
            {
                var outcome = await editor.ProposeAsync(input.ToInput(), Base64Upload.Open(input.MinutesPdfBase64), user, ct);
                return outcome.Refusal is { } refusal ? refusal.ToProblem() : Results.Created($"/api/v1/perlinsos/proposals/{outcome.Value!.Id}", ProposalJson.From(outcome.Value, input.Program!));
            })
            .RequireAuthorization(Permissions.ProposePerlinsos)
            .WithName("ProposePerlinsos")
            .WithSummary("A desa proposes (usul) or objects (sanggah): {\"program\":\"BLT-DD\",\"kind\":\"Usul\",\"kkNumber\":\"...\",\"reason\":\"...\",\"deliberationDate\":\"2026-11-20\",\"minutesPdfBase64\":\"JVBERi0...\"}; the minutes must be a PDF (sniffed).");

        api.MapPost("/{id:int}/verify", async (int id, VerifyProposal input, ProposalEditor editor, ClaimsPrincipal user, PerlinsosDb db, CancellationToken ct) =>
                await Reply(await editor.VerifyAsync(id, input.Passed, input.Note, user, ct), db, ct))
            .RequireAuthorization(Permissions.VerifyPerlinsosProposals)
            .WithName("VerifyPerlinsosProposal")
            .WithSummary("The kecamatan passes a submitted proposal to the Dinas Sosial ({\"passed\":true,\"note\":\"...\"}) or returns it to the desa (passed false).");

        api.MapPost("/{id:int}/decide", async (int id, DecideProposal input, ProposalEditor editor, PerlinsosDb db, CancellationToken ct) =>
                await Reply(await editor.DecideAsync(id, input.Accept, input.Reason, ct), db, ct))
            .RequireAuthorization(Permissions.ManagePerlinsos)
            .WithName("DecidePerlinsosProposal")
            .WithSummary("The Dinas Sosial accepts or rejects a verified proposal with a reason ({\"accept\":true,\"reason\":\"...\"}); an accepted one is followed by the program's next run.");

        api.MapGet("/{id:int}/minutes", async (int id, ClaimsPrincipal user, PerlinsosDb db, UploadStore files, CancellationToken ct) =>
                await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } p
                && OfficerArea.For(user, Permissions.ReadPerlinsos).Covers(p.VillageCode) && files.Find(db.TenantId, p.MinutesSha256) is { } path
                    ? Results.File(path, "application/pdf", p.MinutesFileName)
                    : Problems.NotFound("proposal_not_found", "Usulan tidak ditemukan."))
            .RequireAuthorization(Permissions.ReadPerlinsos)
            .WithName("DownloadPerlinsosMinutes")
            .WithSummary("The minutes (berita acara) of the village deliberation attached to a proposal.");
    }

    private static async Task<IResult> Reply(Outcome<Proposal> outcome, PerlinsosDb db, CancellationToken ct)
    {
        if (outcome.Refusal is { } refusal)
        {
            return refusal.ToProblem();
        }

        var code = await db.Programs.Where(p => p.Id == outcome.Value!.ProgramId).Select(p => p.Code).SingleAsync(ct);
        return Results.Ok(ProposalJson.From(outcome.Value!, code));
    }
}

public sealed record ProposalRequest(string? Program, ProposalKind? Kind, string? KkNumber, string? Reason, DateOnly? DeliberationDate, string? MinutesPdfBase64)
{
    public ProposalInput ToInput() => new() { Program = Program, Kind = Kind, KkNumber = KkNumber, Reason = Reason, DeliberationDate = DeliberationDate };
}

public sealed record VerifyProposal(bool Passed, string? Note);

public sealed record DecideProposal(bool Accept, string? Reason);
