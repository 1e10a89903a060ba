using System.Text;
using Pamong.PublicServices.Forms;

namespace Pamong.Tests.PublicServices;

public sealed class UploadSniffingTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46];

    private static UploadSniffing.Result Check(string name, byte[] content, long? max = null) =>
        UploadSniffing.Check("scan_kk", name, new MemoryStream(content), max);

    [Theory]
    [InlineData("kk.pdf", "PDF")]
    [InlineData("KK.PDF", "PDF")]
    [InlineData("foto.png", "PNG")]
    [InlineData("foto.jpeg", "JPEG")]
    [InlineData("foto.jpg", "JPEG")]
    [InlineData("tanpa-akhiran", "PDF")]
    public void Real_pdf_jpeg_and_png_files_are_accepted(string name, string kind)
    {
        var content = kind switch { "PNG" => Png, "JPEG" => Jpeg, _ => Pdf };
        var result = Check(name, content);
        Assert.True(result.Accepted, result.Problem?.Message);
        Assert.Equal(kind, result.Kind!.Name);
    }

    [Fact]
    public void A_file_that_only_claims_to_be_a_pdf_is_refused()
    {
        var result = Check("kk.pdf", Encoding.UTF8.GetBytes("<html>bukan pdf</html>"));
        Assert.False(result.Accepted);
        Assert.Equal("file_type_not_allowed", result.Problem!.Code);
        Assert.Equal("scan_kk", result.Problem.Key);
    }

    [Fact]
    public void Office_files_allowed_as_spbe_evidence_are_not_allowed_here()
    {
        var docx = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(docx, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
        }

        Assert.Equal("file_type_not_allowed", Check("surat.docx", docx.ToArray()).Problem!.Code);
    }

    [Fact]
    public void A_png_named_pdf_is_refused_as_a_mismatch()
    {
        Assert.Equal("file_type_mismatch", Check("kk.pdf", Png).Problem!.Code);
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused()
    {
        Assert.Equal("file_empty", Check("kk.pdf", []).Problem!.Code);
        var big = Check("kk.pdf", [.. Pdf, .. new byte[2048]], max: 1024);
        Assert.Equal("file_too_large", big.Problem!.Code);
        Assert.Contains("1 KB", big.Problem.Message, StringComparison.Ordinal);
        Assert.True(Check("kk.pdf", Pdf, max: Pdf.Length).Accepted);
    }
}
