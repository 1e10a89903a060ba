using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Pamong.Platform.Accounts.Profile;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Tokens;

/// <summary>What the API says about a token or key: never its secret, except once in <see cref="IssuedView"/>.</summary>
public sealed record TokenView(
    int Id, string Kind, string Name, string Prefix, string? Partner, IReadOnlyList<string> Scopes, int? RateLimit,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, bool Active)
{
    public static TokenView Of(ApiToken t, DateTimeOffset now) =>
        new(t.Id, t.Kind == ApiTokenKind.Personal ? "personal" : "apiKey", t.Name, t.Prefix, t.Partner, t.ScopeList, t.RateLimit,
            t.CreatedAt, t.CreatedBy, t.ExpiresAt, t.RevokedAt, t.LastUsedAt, t.IsActive(now));
}

public sealed record IssuedView(TokenView Token, string Secret);

/// <summary>/api/v1/me/tokens (an officer's personal access tokens) and /api/v1/api-keys (partner systems' keys, administrators).</summary>
internal static class TokensApi
{
    public static void MapTokensApi(this IEndpointRouteBuilder api)
    {
        var mine = api.MapGroup("/me/tokens").WithTags("Token API").RequireAuthorization(Permissions.UseApiTokens);
        mine.MapGet("", async (ClaimsPrincipal caller, ApiCredentials credentials, TimeProvider clock) =>
            Results.Ok((await credentials.PersonalTokensAsync(caller.FindFirstValue(ClaimTypes.NameIdentifier)!)).Select(t => TokenView.Of(t, clock.GetUtcNow()))))
            .WithName("ListMyTokens").WithSummary("Token akses pribadi milik pemanggil.");
        mine.MapPost("", async (NewPersonalToken body, ClaimsPrincipal caller, UserManager<PamongUser> users, ApiCredentials credentials, TimeProvider clock) =>
            await MeApi.AsOfficerAsync(caller, users, async user => MeApi.Result(await credentials.IssuePersonalAsync(user, body),
                issued => Results.Created($"/api/v1/me/tokens/{issued.Token.Id}", new IssuedView(TokenView.Of(issued.Token, clock.GetUtcNow()), issued.Secret)))))
            .WithName("CreateMyToken").WithSummary("Membuat token akses pribadi (berlaku paling lama 1 tahun); rahasia hanya ditampilkan sekali.");
        mine.MapDelete("/{id:int}", async (int id, ClaimsPrincipal caller, ApiCredentials credentials) =>
            await credentials.RevokeAsync(id, caller.FindFirstValue(ClaimTypes.NameIdentifier)!)
                ? Results.NoContent() : Problems.NotFound("token_not_found", "Token tidak ditemukan."))
            .WithName("RevokeMyToken").WithSummary("Mencabut token akses pribadi.");

        var keys = api.MapGroup("/api-keys").WithTags("Token API").RequireAuthorization(Permissions.ManageApiKeys);
        keys.MapGet("", async (ApiCredentials credentials, TimeProvider clock) =>
            Results.Ok((await credentials.KeysAsync()).Select(t => TokenView.Of(t, clock.GetUtcNow()))))
            .WithName("ListApiKeys").WithSummary("Kunci API sistem mitra di Pemda ini.");
        keys.MapPost("", async (NewApiKey body, ApiCredentials credentials, TimeProvider clock) =>
            MeApi.Result(await credentials.IssueKeyAsync(body),
                issued => Results.Created($"/api/v1/api-keys/{issued.Token.Id}", new IssuedView(TokenView.Of(issued.Token, clock.GetUtcNow()), issued.Secret))))
            .WithName("CreateApiKey").WithSummary("Membuat kunci API dengan cakupan (regions.read, nik.check, citizens.read); rahasia hanya ditampilkan sekali.");
        keys.MapDelete("/{id:int}", async (int id, ApiCredentials credentials) =>
            await credentials.RevokeAsync(id, null) ? Results.NoContent() : Problems.NotFound("api_key_not_found", "Kunci API tidak ditemukan."))
            .WithName("RevokeApiKey").WithSummary("Mencabut kunci API.");
    }
}
