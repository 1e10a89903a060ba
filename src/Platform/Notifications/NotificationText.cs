namespace Pamong.Platform.Notifications;

/// <summary>The notification pages' UI strings: NotificationText.resx (Bahasa Indonesia, the default) and NotificationText.en.resx.</summary>
public sealed class NotificationText;
