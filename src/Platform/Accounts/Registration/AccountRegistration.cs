using Pamong.Platform.Notifications;
using Pamong.Platform.Tenancy;

namespace Pamong.Platform.Accounts.Registration;

/// <summary>
/// A citizen's request for an account, waiting for the one-time code sent to their phone or e-mail.
/// The code is kept only as a salted SHA-256 hash; it expires after 10 minutes and allows 5 attempts.
/// </summary>
public sealed class AccountRegistration : ITenantOwned
{
    public int Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>The account made unconfirmed at registration; it cannot sign in until the code is confirmed.</summary>
    public string UserId { get; set; } = "";

    public string Nik { get; set; } = "";
    public string KkNumber { get; set; } = "";
    public string FullName { get; set; } = "";

    /// <summary>The village the citizen lives in; the Warga role is granted at its office.</summary>
    public string VillageCode { get; set; } = "";

    public RegistrationChannel Channel { get; set; }

    /// <summary>The operator who registered a walk-in citizen (assisted channel).</summary>
    public string? RegisteredBy { get; set; }

    public Channel CodeChannel { get; set; }

    /// <summary>Where the code went: a phone number (E.164) or an e-mail address.</summary>
    public string Recipient { get; set; } = "";

    public string CodeSalt { get; set; } = "";
    public string CodeHash { get; set; } = "";
    public DateTimeOffset CodeSentAt { get; set; }
    public DateTimeOffset CodeExpiresAt { get; set; }
    public int Attempts { get; set; }
    public int CodesSent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
}

public enum RegistrationChannel
{
    /// <summary>The citizen registered on the website or through the API.</summary>
    Self,

    /// <summary>A village or kecamatan operator registered a walk-in citizen.</summary>
    Assisted,
}
