namespace Pamong.Platform.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>When on, start-up creates the demo Pemda (Kabupaten Banyuwangi, 35.10) and an account for every role.</summary>
    public bool Enabled { get; set; }
}
