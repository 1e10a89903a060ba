using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Localization;
using Pamong.Platform.Tenancy;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Tokens;

public sealed record NewPersonalToken(string? Name, DateOnly? ExpiresOn);

public sealed record NewApiKey(string? Name, string? Partner, IReadOnlyList<string>? Scopes, DateOnly? ExpiresOn, int? RateLimit);

/// <summary>A token or key just made: the secret exists only in this object and in the answer shown once.</summary>
public sealed record IssuedToken(ApiToken Token, string Secret);

/// <summary>Makes, lists, revokes and checks personal access tokens and API keys (used by pages, API and the bearer handler).</summary>
public sealed class ApiCredentials(
    PamongDb db, CurrentTenant tenant, TenantDirectory tenants, UserManager<PamongUser> users,
    IUserClaimsPrincipalFactory<PamongUser> principals, AuditActor actor, TimeProvider clock, IStringLocalizer<AccountText> text)
{
    public const int MaximumDays = 366;
    public const int DefaultDays = 90;
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public Task<List<ApiToken>> PersonalTokensAsync(string userId) =>
        db.ApiTokens.AsNoTracking().Where(t => t.Kind == ApiTokenKind.Personal && t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync();

    public Task<List<ApiToken>> KeysAsync() =>
        db.ApiTokens.AsNoTracking().Where(t => t.Kind == ApiTokenKind.PartnerKey).OrderByDescending(t => t.Id).ToListAsync();

    public async Task<Outcome<IssuedToken>> IssuePersonalAsync(PamongUser owner, NewPersonalToken request)
    {
        var problems = new List<Refusal>();
        var name = CheckName(request.Name, problems);
        var expires = CheckExpiry(request.ExpiresOn ?? Today().AddDays(DefaultDays), required: true, problems);
        if (owner.Kind != AccountKind.Staff)
        {
            problems.Add(Refusal.OnField("tokens_staff_only", "", text["tokens_staff_only"], StatusCodes.Status403Forbidden));
        }

        if (problems.Count > 0)
        {
            return Refusal.Combine(problems);
        }

        return await IssueAsync(new ApiToken { Kind = ApiTokenKind.Personal, Name = name, UserId = owner.Id, ExpiresAt = expires });
    }

    public async Task<Outcome<IssuedToken>> IssueKeyAsync(NewApiKey request)
    {
        var problems = new List<Refusal>();
        var name = CheckName(request.Name, problems);
        var partner = (request.Partner ?? "").Trim();
        if (partner.Length is 0 or > 200)
        {
            problems.Add(Refusal.OnField("partner_required", "Partner", text["partner_required"]));
        }

        var scopes = (request.Scopes ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        if (scopes.Count == 0 || !scopes.All(ApiScopes.IsKnown))
        {
            problems.Add(Refusal.OnField("scopes_invalid", "Scopes", text["scopes_invalid", string.Join(", ", ApiScopes.All)]));
        }

        if (request.RateLimit is < 1 or > 100_000)
        {
            problems.Add(Refusal.OnField("rate_limit_invalid", "RateLimit", text["rate_limit_invalid"]));
        }

        var expires = request.ExpiresOn is null ? null : CheckExpiry(request.ExpiresOn, required: false, problems);
        if (problems.Count > 0)
        {
            return Refusal.Combine(problems);
        }

        return await IssueAsync(new ApiToken
        {
            Kind = ApiTokenKind.PartnerKey,
            Name = name,
            Partner = partner,
            Scopes = string.Join(' ', ApiScopes.All.Where(scopes.Contains)),
            RateLimit = request.RateLimit,
            ExpiresAt = expires,
        });
    }

    /// <summary>Revokes a personal token of <paramref name="ownerId"/>, or (owner null) an API key; false when there is none.</summary>
    public async Task<bool> RevokeAsync(int id, string? ownerId)
    {
        var token = ownerId is null
            ? await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.Kind == ApiTokenKind.PartnerKey)
            : await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.Kind == ApiTokenKind.Personal && t.UserId == ownerId);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>
    /// The principal a bearer secret stands for, or null when it is unknown, revoked, expired, bound to
    /// another Pemda than the host's, or its officer is locked out. Fixes the request's tenant to the token's.
    /// </summary>
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string secret, string host)
    {
        var hash = TokenSecret.Hash(secret);

        // The one lookup across tenants: the token is what tells the tenant.
        var token = await db.ApiTokens.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActive(now) || (tenants.FindByHost(host) is { } hostTenant && hostTenant != token.TenantId))
        {
            return null;
        }

        tenant.Set(token.TenantId);
        var identity = token.Kind == ApiTokenKind.Personal ? await OfficerIdentityAsync(token) : KeyIdentity(token);
        if (identity is null)
        {
            return null;
        }

        identity.AddClaim(new Claim(AccountClaims.TokenClaim, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (token.RateLimit is { } limit)
        {
            identity.AddClaim(new Claim(AccountClaims.RateLimitClaim, limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > LastUsedPrecision)
        {
            // Bookkeeping, not a change an officer made: written directly, not audited.
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now));
        }

        return new ClaimsPrincipal(identity);
    }

    private async Task<ClaimsIdentity?> OfficerIdentityAsync(ApiToken token)
    {
        var user = token.UserId is null ? null : await users.FindByIdAsync(token.UserId);
        if (user is null || user.Kind != AccountKind.Staff || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        var signedIn = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(BearerAuthentication.SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaims(signedIn.Claims.Where(c => c.Type != ClaimTypes.Name));
        identity.AddClaim(new Claim(ClaimTypes.Name, $"{user.UserName} (token {token.Prefix}…)"));
        return identity;
    }

    private static ClaimsIdentity KeyIdentity(ApiToken token)
    {
        var identity = new ClaimsIdentity(BearerAuthentication.SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, "apikey:" + token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ClaimTypes.Name, $"{token.Partner} (kunci API {token.Prefix}…)"));
        identity.AddClaim(new Claim(CurrentTenant.ClaimType, token.TenantId));
        identity.AddClaims(token.ScopeList.Select(s => new Claim(AccountClaims.ScopeClaim, s)));
        return identity;
    }

    private async Task<IssuedToken> IssueAsync(ApiToken token)
    {
        var secret = TokenSecret.New(token.Kind);
        token.Prefix = TokenSecret.Prefix(secret);
        token.TokenHash = TokenSecret.Hash(secret);
        token.CreatedAt = clock.GetUtcNow();
        token.CreatedBy = actor.Name;
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync();
        return new IssuedToken(token, secret);
    }

    private string CheckName(string? name, List<Refusal> problems)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length is 0 or > 100)
        {
            problems.Add(Refusal.OnField("token_name_required", "Name", text["token_name_required"]));
        }

        return trimmed;
    }

    private DateTimeOffset? CheckExpiry(DateOnly? date, bool required, List<Refusal> problems)
    {
        var today = Today();
        if (date is not { } day)
        {
            if (required)
            {
                problems.Add(Refusal.OnField("token_expiry_invalid", "ExpiresOn", text["token_expiry_invalid", MaximumDays]));
            }

            return null;
        }

        if (day <= today || day > today.AddDays(MaximumDays))
        {
            problems.Add(Refusal.OnField("token_expiry_invalid", "ExpiresOn", text["token_expiry_invalid", MaximumDays]));
            return null;
        }

        // The end of that day in WIB, stored in UTC (PostgreSQL keeps no offsets).
        return new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), IndonesianFormat.Wib.BaseUtcOffset).ToUniversalTime();
    }

    private DateOnly Today() => LocalDate.Today(clock);
}
