namespace Pamong.Platform.Accounts;

/// <summary>UI strings of sign-in and accounts (AccountText.resx Indonesian, AccountText.en.resx English).</summary>
public sealed class AccountText;
