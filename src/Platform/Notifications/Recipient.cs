using System.Text.RegularExpressions;
using MimeKit;

namespace Pamong.Platform.Notifications;

/// <summary>Checks and normalises where a message goes: an e-mail address, or a phone number in E.164 form.</summary>
public static partial class Recipient
{
    /// <summary>The recipient in the form the channel sends to, or null when it is not valid for the channel.</summary>
    public static string? Normalize(Channel channel, string? recipient)
    {
        var value = recipient?.Trim() ?? "";
        if (channel == Channel.Email)
        {
            return value.Contains('@', StringComparison.Ordinal) && MailboxAddress.TryParse(value, out var address)
                && address.Address.Contains('@', StringComparison.Ordinal) ? value : null;
        }

        // Indonesian numbers are often written 0812... or 62812...; the gateways want +62812...
        var digits = PhoneSeparators().Replace(value, "");
        digits = digits.StartsWith('0') ? "+62" + digits[1..] : digits.StartsWith("62", StringComparison.Ordinal) ? "+" + digits : digits;
        return E164().IsMatch(digits) ? digits : null;
    }

    [GeneratedRegex(@"[\s\-().]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();
}
