namespace Pamong.PublicServices.Catalogue;

/// <summary>What a catalogue search asks for: words, a category, a level (Desa/Kecamatan/Opd) and an owning OPD.</summary>
public sealed record CatalogueQuery(string? Q, string? Category, string? Level, string? Unit, int? Page, int? PageSize);
