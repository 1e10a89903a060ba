namespace Pamong.PublicServices.Catalogue;

/// <summary>What an administrator enters for a service and its standard (page form and API body).</summary>
public sealed class ServiceInput
{
    /// <summary>Only when creating; the code stays once the service exists.</summary>
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Category { get; set; }

    /// <summary>Desa, Kecamatan or Opd.</summary>
    public string? Level { get; set; }
    public string? OwnerUnitCode { get; set; }
    public string? Summary { get; set; }
    public string? LegalBasis { get; set; }
    public string? Requirements { get; set; }
    public string? Procedure { get; set; }
    public int? TimeLimitWorkingDays { get; set; }
    public decimal? Fee { get; set; }
    public string? Product { get; set; }
    public string? ComplaintChannel { get; set; }

    public static ServiceInput From(Service s) => new()
    {
        Code = s.Code,
        Name = s.Name,
        Category = s.Category,
        Level = s.Level.ToString(),
        OwnerUnitCode = s.OwnerUnitCode,
        Summary = s.Summary,
        LegalBasis = s.LegalBasis,
        Requirements = s.Requirements,
        Procedure = s.Procedure,
        TimeLimitWorkingDays = s.TimeLimitWorkingDays,
        Fee = s.Fee / 1.000000000000000000000000000000000m,
        Product = s.Product,
        ComplaintChannel = s.ComplaintChannel,
    };
}
