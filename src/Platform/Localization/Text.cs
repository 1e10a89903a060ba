namespace Pamong.Platform.Localization;

/// <summary>
/// The platform's UI strings: Text.resx holds Bahasa Indonesia (the default), Text.en.resx English.
/// Pages use them through <c>IStringLocalizer&lt;Text&gt;</c> (injected as <c>T</c> in every page).
/// </summary>
public sealed class Text;
