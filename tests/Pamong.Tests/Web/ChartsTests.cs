using System.Xml.Linq;
using Pamong.Platform.Web.Export;

namespace Pamong.Tests.Web;

public sealed class ChartsTests
{
    private static readonly ChartData Domains = new(
        ["Kebijakan Internal SPBE", "Tata Kelola SPBE", "Manajemen SPBE", "Layanan SPBE"],
        [new ChartSeries("2025", [3.5, 4, 2.25, null]), new ChartSeries("Target 2026", [4, 4.2, 3, 3.5])]);

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_bar_chart_is_an_accessible_svg_image_with_a_bar_per_value()
    {
        var svg = XElement.Parse(Charts.BarSvg(Domains, "domain-bars", "Indeks per domain"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("domain-bars-title domain-bars-desc", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("Indeks per domain", svg.Element(Svg + "title")!.Value);
        Assert.Contains("Tata Kelola SPBE", svg.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
        var bars = svg.Elements(Svg + "rect").Where(r => (string?)r.Attribute("height") == "11").ToList();
        Assert.Equal(7, bars.Count); // eight values, one of them missing
        Assert.Contains(svg.Elements(Svg + "text"), t => t.Value == "Layanan SPBE");
    }

    [Fact]
    public void Longer_values_make_longer_bars()
    {
        var data = new ChartData(["A", "B"], [new ChartSeries("S", [1, 4])]);
        var svg = XElement.Parse(Charts.BarSvg(data, "c", "t"));
        var widths = svg.Elements(Svg + "rect").Select(r => double.Parse((string)r.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(4, widths[1] / widths[0], 2);
    }

    [Fact]
    public void The_radar_chart_has_a_ring_per_level_an_axis_label_each_and_a_shape_per_series()
    {
        var svg = XElement.Parse(Charts.RadarSvg(Domains, "radar", "Radar domain"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var polygons = svg.Elements(Svg + "polygon").ToList();
        Assert.Equal(5 + 2, polygons.Count);
        Assert.Equal(2, polygons.Count(p => p.Attribute("fill-opacity") is not null));
        foreach (var label in Domains.Labels)
        {
            Assert.Contains(svg.Elements(Svg + "text"), t => t.Value == label);
        }

        Assert.Throws<ArgumentException>(() => Charts.RadarSvg(new ChartData(["a", "b"], [new ChartSeries("s", [1, 2])]), "x", "t"));
    }

    [Fact]
    public void The_same_charts_draw_onto_a_pdf_page()
    {
        var pdf = new PdfWriter();
        pdf.Heading("Indeks per domain");
        Charts.DrawBar(pdf, Domains);
        Charts.DrawRadar(pdf, Domains);
        var bytes = pdf.ToBytes();
        PdfInspection.AssertWellFormed(bytes);
        var content = PdfInspection.Content(bytes);
        Assert.Contains("(Tata Kelola SPBE) Tj", content, StringComparison.Ordinal);
        Assert.Contains(" re f", content, StringComparison.Ordinal);
        Assert.Contains("/GA15 gs", content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_description_reads_every_value_in_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
        try
        {
            Assert.StartsWith("Kebijakan Internal SPBE: 2025 3,50; Target 2026 4,00. ", Domains.Describe(), StringComparison.Ordinal);
            Assert.Contains("Layanan SPBE: 2025 –; Target 2026 3,50.", Domains.Describe(), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
