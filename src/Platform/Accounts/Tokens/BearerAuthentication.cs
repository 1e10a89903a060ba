using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Tokens;

/// <summary>
/// Authentication on /api: "Authorization: Bearer pmg_pat_…" or "Bearer pmg_key_…"; without that header the
/// sign-in cookie. Refusals are problem details (401 with WWW-Authenticate, 403), never a redirect to a page.
/// <see cref="ApiCredentials"/> (a database context and the user manager) is resolved only for a request that
/// carries a token, so that anonymous and cookie calls do not build them.
/// </summary>
internal sealed class BearerAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        }

        var secret = header[Prefix.Length..].Trim();
        if (!TokenSecret.LooksLikeOne(secret))
        {
            return AuthenticateResult.Fail("Not a Pamong token.");
        }

        var credentials = Context.RequestServices.GetRequiredService<ApiCredentials>();
        var principal = await credentials.AuthenticateAsync(secret, Request.Host.Host);
        return principal is null
            ? AuthenticateResult.Fail("Unknown, revoked or expired token.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = result.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        var problem = result.Failure is null
            ? Problems.Create(StatusCodes.Status401Unauthorized, "unauthenticated", "Belum masuk", "Masuk terlebih dahulu atau kirim token API (Authorization: Bearer ...).")
            : Problems.Create(StatusCodes.Status401Unauthorized, "token_invalid", "Token tidak berlaku", "Token API tidak dikenal, sudah dicabut atau sudah kedaluwarsa.");
        await problem.ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.Forbidden("forbidden", "Peran atau cakupan akses Anda tidak memberi izin untuk permintaan ini.").ExecuteAsync(Context);
}
