namespace Pamong.Platform.AuditTrail;

/// <summary>The action names the platform writes; features may add their own (e.g. "signed-in").</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string ReadSensitive = "read-sensitive";
    public const string Exported = "exported";

    public static readonly string[] Known = [Created, Updated, Deleted, ReadSensitive, Exported];
}
