using System.Net.Mail;

namespace Pamong.Platform.Accounts.Registration;

/// <summary>A plausible e-mail address (the code sent to it proves it), and its masked form.</summary>
public static class EmailAddress
{
    public static bool TryNormalise(string? input, out string address)
    {
        address = (input ?? "").Trim();
        var at = address.LastIndexOf('@');
        return address.Length <= 254 && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address
            && at > 0 && address.IndexOf('.', at) > at + 1 && !address.EndsWith('.');
    }

    /// <summary>"s***@example.go.id".</summary>
    public static string Masked(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? address : string.Concat(address.AsSpan(0, 1), "***", address.AsSpan(at));
    }
}
