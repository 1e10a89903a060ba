using Pamong.Platform.Tenancy;

namespace Pamong.PublicServices.Catalogue;

/// <summary>
/// A public service of the Pemda with its service standard (standar pelayanan, UU 25/2009 and
/// PermenPANRB 15/2014). Its process and form live in versioned <see cref="Workflows.WorkflowVersion"/>s.
/// </summary>
public sealed class Service : ITenantOwned
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";

    /// <summary>A readable slug, unique per Pemda, used in addresses: /layanan/{code}.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>One of <see cref="ServiceCategories"/>.</summary>
    public string Category { get; set; } = ServiceCategories.Umum;
    public ServiceLevel Level { get; set; }

    /// <summary>The owning OPD's organisation unit code (Opd services); null for desa/kecamatan services.</summary>
    public string? OwnerUnitCode { get; set; }

    /// <summary>One or two sentences for the catalogue list.</summary>
    public string Summary { get; set; } = "";

    // The service standard: each text is shown as written; list-like texts hold one item per line.
    public string LegalBasis { get; set; } = "";
    public string Requirements { get; set; } = "";
    public string Procedure { get; set; } = "";
    public int TimeLimitWorkingDays { get; set; }

    /// <summary>The fee in rupiah; 0 means free (tidak dipungut biaya).</summary>
    public decimal Fee { get; set; }
    public string Product { get; set; } = "";
    public string ComplaintChannel { get; set; } = "";

    public bool IsPublished { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
