using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Documents;

/// <summary>
/// How a service's result document reads: its title, body text with placeholders ({nama}, {nik}, {alamat}, the
/// answers by field key, ... see <see cref="LetterPlaceholders"/>), the closing sentence and the number pattern
/// (e.g. "470/{seq}/{unit}/{year}"). The sequence counts per year. A service without a template gets
/// <see cref="ResultTemplates.DefaultFor"/>.
/// </summary>
public sealed class ResultTemplate : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";
    public Guid ServiceId { get; set; }

    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public string Closing { get; set; } = "";
    public string NumberPattern { get; set; } = "";

    /// <summary>The year <see cref="LastSequence"/> counts in; the count restarts each year.</summary>
    public int SequenceYear { get; set; }

    /// <summary>The last {seq} given out (a concurrency token: two documents never share a number).</summary>
    public int LastSequence { get; set; }

    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
