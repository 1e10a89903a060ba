using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pamong.Platform.AuditTrail;
using Pamong.Platform.Data;
using Pamong.Platform.Notifications;
using Pamong.Platform.People;
using Pamong.Platform.Web;

namespace Pamong.Platform.Accounts.Registration;

public sealed record RegistrationRequest(
    string? Nik, string? KkNumber, string? FullName, string? VillageCode, string? Phone, string? Email, string? Password);

/// <summary>A registration waiting for its code: where the code went and until when it is valid.</summary>
public sealed record RegistrationStarted(
    int RegistrationId, string Nik, Channel Channel, string SentTo, DateTimeOffset ExpiresAt, IReadOnlyList<IdentifierProblem> Warnings);

public sealed record RegistrationConfirmed(string UserId, string UserName, string VillageCode, bool CitizenRecordAdded);

/// <summary>
/// Citizen accounts: registration with NIK, KK number and a phone or e-mail (by the citizen, or by an operator
/// for a walk-in citizen of their area), confirmed with a one-time code from the notification outbox.
/// </summary>
public sealed class CitizenRegistration(
    PamongDb db, UserManager<PamongUser> users, IUserStore<PamongUser> store, VillageChoices villages, Outbox outbox,
    AuditLog audit, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<AccountText> text)
{
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan ResendCooldown = TimeSpan.FromSeconds(60);
    public const int MaximumAttempts = 5;
    public const int MaximumCodes = 5;

    /// <summary>
    /// Makes an unconfirmed account and sends its code, in one unit of work. With <paramref name="officer"/>
    /// the registration is assisted: the officer must be allowed to register accounts in the citizen's village.
    /// </summary>
    public async Task<Outcome<RegistrationStarted>> RegisterAsync(RegistrationRequest request, ClaimsPrincipal? officer = null)
    {
        var today = LocalDate.Today(clock);
        var problems = new List<Refusal>();
        var nik = await CheckNikAsync(request.Nik, today, problems);
        var kk = KkNumber.Check(request.KkNumber, today);
        problems.AddRange(kk.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => Refusal.OnField("kk_invalid", "KkNumber", p.Message)));
        var fullName = (request.FullName ?? "").Trim();
        if (fullName.Length is 0 or > 200)
        {
            problems.Add(Refusal.OnField("name_required", "FullName", text["name_required"]));
        }

        var village = await villages.FindAsync(request.VillageCode);
        if (village is null)
        {
            problems.Add(Refusal.OnField("village_unknown", "VillageCode", text["village_unknown"]));
        }
        else if (officer is not null
            && !(await authorization.AuthorizeAsync(officer, new InRegion(village.Value.Village.Code), Permissions.RegisterCitizenAccounts)).Succeeded)
        {
            problems.Add(Refusal.OnField("outside_area", "VillageCode", text["outside_area"], StatusCodes.Status403Forbidden));
        }

        var (channel, recipient) = CheckContact(request, problems);
        await CheckPasswordAsync(request.Password, nik.Input, problems);

        if (problems.Count == 0)
        {
            problems.AddRange(await RefuseDuplicateAsync(nik.Input));
        }

        if (problems.Count > 0)
        {
            return Refusal.Combine(problems.OrderByDescending(p => p.Status == StatusCodes.Status403Forbidden));
        }

        return await CreateAsync(request, nik, kk.Input, fullName, village!.Value.Village.Code, channel, recipient, officer);
    }

    /// <summary>Confirms the account with the code: it can sign in, holds the Warga role at its village, and has a resident record.</summary>
    public async Task<Outcome<RegistrationConfirmed>> ConfirmAsync(string? nik, string? code)
    {
        var (registration, missing) = await PendingAsync(nik);
        if (registration is null)
        {
            return missing!;
        }

        var now = clock.GetUtcNow();
        if (now > registration.CodeExpiresAt)
        {
            return Refusal.OnField("otp_expired", "Code", text["otp_expired"]);
        }

        if (registration.Attempts >= MaximumAttempts)
        {
            return Refusal.OnField("otp_too_many_attempts", "Code", text["otp_too_many_attempts"]);
        }

        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashCode(registration.CodeSalt, digits)), Encoding.ASCII.GetBytes(registration.CodeHash)))
        {
            registration.Attempts++;
            await db.SaveChangesAsync();
            var left = MaximumAttempts - registration.Attempts;
            return left > 0
                ? Refusal.OnField("otp_invalid", "Code", text["otp_invalid_left", left])
                : Refusal.OnField("otp_too_many_attempts", "Code", text["otp_too_many_attempts"]);
        }

        var user = await db.Users.FirstAsync(u => u.Id == registration.UserId);
        var office = await villages.FindAsync(registration.VillageCode)
            ?? throw new InvalidOperationException("The village " + registration.VillageCode + " has no office any more.");
        registration.ConfirmedAt = now;
        if (registration.CodeChannel == Channel.Email)
        {
            user.EmailConfirmed = true;
        }
        else
        {
            user.PhoneNumberConfirmed = true;
        }

        db.RoleGrants.Add(new RoleGrant { UserId = user.Id, Role = Roles.Warga, UnitId = office.Office.Id, GrantedAt = now, GrantedBy = "registration" });
        var added = await RegisterCitizen.EnsureAsync(db, registration, LocalDate.Today(clock), now);
        audit.Record("citizen-account-confirmed", nameof(PamongUser), user.Id,
            detail: JsonSerializer.Serialize(new { channel = Name(registration.Channel), village = registration.VillageCode, citizenRecordAdded = added }));
        await db.SaveChangesAsync();
        return new RegistrationConfirmed(user.Id, user.UserName ?? "", registration.VillageCode, added);
    }

    /// <summary>Sends a new code (the old one stops working), at most once a minute and five times per registration.</summary>
    public async Task<Outcome<RegistrationStarted>> ResendAsync(string? nik)
    {
        var (registration, missing) = await PendingAsync(nik);
        if (registration is null)
        {
            return missing!;
        }

        var wait = registration.CodeSentAt + ResendCooldown - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            return Refusal.OnField("otp_resend_too_soon", "Code",
                text["otp_resend_too_soon", (int)Math.Ceiling(wait.TotalSeconds)], StatusCodes.Status429TooManyRequests);
        }

        if (registration.CodesSent >= MaximumCodes)
        {
            return Refusal.OnField("otp_resend_limit", "Code", text["otp_resend_limit"], StatusCodes.Status429TooManyRequests);
        }

        SendCode(registration);
        await db.SaveChangesAsync();
        return Started(registration, []);
    }

    private async Task<NikCheck> CheckNikAsync(string? input, DateOnly today, List<Refusal> problems)
    {
        var first = Nik.Check(input, today);
        var known = first.RegionCode is { } district && await db.Regions.AnyAsync(r => r.Code == district);
        var nik = Nik.Check(input, today, _ => known);
        problems.AddRange(nik.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => Refusal.OnField("nik_invalid", "Nik", p.Message)));
        return nik;
    }

    /// <summary>The password policy up front, so that every problem of the form shows at once.</summary>
    private async Task CheckPasswordAsync(string? password, string nik, List<Refusal> problems)
    {
        if (string.IsNullOrEmpty(password))
        {
            problems.Add(Refusal.OnField("password_required", "Password", text["password_required"]));
            return;
        }

        var candidate = new PamongUser { UserName = nik, Nik = nik, Kind = AccountKind.Citizen };
        foreach (var validator in users.PasswordValidators)
        {
            problems.AddRange(Refusal.FromIdentity(await validator.ValidateAsync(users, candidate, password), "Password"));
        }
    }

    private (Channel Channel, string Recipient) CheckContact(RegistrationRequest request, List<Refusal> problems)
    {
        var phoneGiven = !string.IsNullOrWhiteSpace(request.Phone);
        var emailGiven = !string.IsNullOrWhiteSpace(request.Email);
        if (!phoneGiven && !emailGiven)
        {
            problems.Add(Refusal.OnField("contact_required", "Phone", text["contact_required"]));
            return default;
        }

        var phone = "";
        if (phoneGiven && !IndonesianPhone.TryNormalise(request.Phone, out phone))
        {
            problems.Add(Refusal.OnField("phone_invalid", "Phone", text["phone_invalid"]));
        }

        var email = "";
        if (emailGiven && !EmailAddress.TryNormalise(request.Email, out email))
        {
            problems.Add(Refusal.OnField("email_invalid", "Email", text["email_invalid"]));
        }

        return phoneGiven ? (Channel.Sms, phone) : (Channel.Email, email);
    }

    /// <summary>One account per NIK in the Pemda. An abandoned registration whose code expired gives way to a new one.</summary>
    private async Task<IEnumerable<Refusal>> RefuseDuplicateAsync(string nik)
    {
        var existing = await db.Users.FirstOrDefaultAsync(u => u.Nik == nik || u.UserName == nik);
        if (existing is null)
        {
            return [];
        }

        var pending = await db.AccountRegistrations.Where(r => r.UserId == existing.Id && r.ConfirmedAt == null).ToListAsync();
        if (existing.Kind == AccountKind.Staff || existing.EmailConfirmed || existing.PhoneNumberConfirmed || pending.Count == 0)
        {
            return [Refusal.OnField("nik_already_registered", "Nik", text["nik_already_registered"], StatusCodes.Status409Conflict)];
        }

        if (pending.Any(r => r.CodeExpiresAt > clock.GetUtcNow()))
        {
            return [Refusal.OnField("registration_pending", "Nik", text["registration_pending"], StatusCodes.Status409Conflict)];
        }

        // Cleared in its own unit of work: the new account is checked against the database (user name unique).
        db.AccountRegistrations.RemoveRange(pending);
        db.Users.Remove(existing);
        await db.SaveChangesAsync();
        return [];
    }

    private async Task<Outcome<RegistrationStarted>> CreateAsync(
        RegistrationRequest request, NikCheck nik, string kk, string fullName, string villageCode, Channel channel, string recipient, ClaimsPrincipal? officer)
    {
        var now = clock.GetUtcNow();
        var user = new PamongUser
        {
            UserName = nik.Input,
            FullName = fullName,
            Kind = AccountKind.Citizen,
            Nik = nik.Input,
            PhoneNumber = channel == Channel.Sms ? recipient : null,
            Email = channel == Channel.Email ? recipient : EmailAddress.TryNormalise(request.Email, out var email) ? email : null,
            CreatedAt = now,
        };

        // The account, its registration, the code and the audit record are saved together, or not at all.
        var identityStore = (PamongUserStore)store;
        identityStore.AutoSaveChanges = false;
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, request.Password!);
        }
        finally
        {
            identityStore.AutoSaveChanges = true;
        }

        if (!created.Succeeded)
        {
            db.ChangeTracker.Clear();
            return Refusal.Combine(Refusal.FromIdentity(created, "Password"));
        }

        var registration = new AccountRegistration
        {
            UserId = user.Id,
            Nik = nik.Input,
            KkNumber = kk,
            FullName = fullName,
            VillageCode = villageCode,
            Channel = officer is null ? RegistrationChannel.Self : RegistrationChannel.Assisted,
            RegisteredBy = officer?.Identity?.Name,
            CodeChannel = channel,
            Recipient = recipient,
            CreatedAt = now,
        };
        db.AccountRegistrations.Add(registration);
        SendCode(registration);
        audit.Record("citizen-account-registered", nameof(PamongUser), user.Id,
            detail: JsonSerializer.Serialize(new { channel = Name(registration.Channel), village = villageCode, sentTo = Masked(registration) }));
        await db.SaveChangesAsync();
        return Started(registration, nik.Problems.Where(p => p.Severity == ProblemSeverity.Warning).ToList());
    }

    private void SendCode(AccountRegistration registration)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var now = clock.GetUtcNow();
        registration.CodeSalt = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        registration.CodeHash = HashCode(registration.CodeSalt, code);
        registration.CodeSentAt = now;
        registration.CodeExpiresAt = now + CodeLifetime;
        registration.Attempts = 0;
        registration.CodesSent++;
        outbox.Enqueue(registration.CodeChannel, registration.Recipient, text["CodeMessageSubject"], text["CodeMessageBody", code, (int)CodeLifetime.TotalMinutes]);
    }

    private async Task<(AccountRegistration? Registration, Refusal? Missing)> PendingAsync(string? nik)
    {
        var trimmed = (nik ?? "").Trim();
        var registrations = await db.AccountRegistrations.Where(r => r.Nik == trimmed).OrderByDescending(r => r.Id).ToListAsync();
        var pending = registrations.FirstOrDefault(r => r.ConfirmedAt is null);
        if (pending is not null)
        {
            return (pending, null);
        }

        return registrations.Count > 0
            ? (null, Refusal.OnField("registration_already_confirmed", "Nik", text["registration_already_confirmed"], StatusCodes.Status409Conflict))
            : (null, Refusal.OnField("registration_not_found", "Nik", text["registration_not_found"], StatusCodes.Status404NotFound));
    }

    private static RegistrationStarted Started(AccountRegistration registration, IReadOnlyList<IdentifierProblem> warnings) =>
        new(registration.Id, registration.Nik, registration.CodeChannel, Masked(registration), registration.CodeExpiresAt, warnings);

    private static string Masked(AccountRegistration registration) =>
        registration.CodeChannel == Channel.Email ? EmailAddress.Masked(registration.Recipient) : IndonesianPhone.Masked(registration.Recipient);

    private static string HashCode(string salt, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + code)));

    private static string Name(RegistrationChannel channel) => channel == RegistrationChannel.Assisted ? "assisted" : "self";
}
