using Pamong.Platform.Regions;

namespace Pamong.Tests.Regions;

public class RegionNamingTests
{
    private static Region Region(string code, string name, string? parent = null) =>
        new() { Code = code, Name = name, ParentCode = parent, Level = RegionCode.LevelOf(code)!.Value, SearchName = name.ToLowerInvariant() };

    [Theory]
    [InlineData("35", "Jawa Timur", RegionKind.Provinsi, "Jawa Timur", "Jawa Timur")]
    [InlineData("35.10", "Kabupaten Banyuwangi", RegionKind.Kabupaten, "Kabupaten Banyuwangi", "Kab. Banyuwangi")]
    [InlineData("35.78", "Kota Surabaya", RegionKind.Kota, "Kota Surabaya", "Kota Surabaya")]
    [InlineData("35.10.15", "Glagah", RegionKind.Kecamatan, "Kecamatan Glagah", "Kec. Glagah")]
    [InlineData("35.10.15.2004", "Kemiren", RegionKind.Desa, "Desa Kemiren", "Desa Kemiren")]
    [InlineData("35.10.16.1001", "Pakis", RegionKind.Kelurahan, "Kelurahan Pakis", "Kel. Pakis")]
    [InlineData("91.03.01.3007", "Desa Adat Yoboi", RegionKind.DesaAdat, "Desa Adat Yoboi", "Desa Adat Yoboi")]
    public void Kind_and_names_follow_the_code(string code, string name, RegionKind kind, string full, string abbreviated)
    {
        var region = Region(code, name);

        Assert.Equal(kind, region.Kind);
        Assert.Equal(full, RegionNames.Full(region));
        Assert.Equal(abbreviated, RegionNames.Abbreviated(region));
    }

    [Fact]
    public void Tree_gives_children_in_code_order_and_the_parent_chain_from_the_province()
    {
        var tree = new RegionTree(
        [
            Region("35.10.15.2004", "Kemiren", "35.10.15"),
            Region("35.10.15.2001", "Olehsari", "35.10.15"),
            Region("35.10.15", "Glagah", "35.10"),
            Region("35.10", "Kabupaten Banyuwangi", "35"),
            Region("35", "Jawa Timur"),
            Region("11", "Aceh"),
        ]);

        Assert.Equal(["11", "35"], tree.Provinces.Select(r => r.Code));
        Assert.Equal(["35.10.15.2001", "35.10.15.2004"], tree.ChildrenOf("35.10.15").Select(r => r.Code));
        Assert.Empty(tree.ChildrenOf("35.10.15.2004"));
        Assert.Empty(tree.ChildrenOf("99"));
        var kemiren = tree.Find("35.10.15.2004")!;
        Assert.Equal("Kec. Glagah, Kab. Banyuwangi, Jawa Timur", RegionNames.Path(tree.AncestorsOf(kemiren)));
        Assert.Empty(tree.AncestorsOf(tree.Find("35")!));
        Assert.Equal(2, tree.Count(RegionLevel.Village));
        Assert.True(tree.DistrictExists("35.10.15"));
        Assert.False(tree.DistrictExists("35.10"));
    }

    [Theory]
    [InlineData("kemiren", true)]
    [InlineData("KEMI", true)]
    [InlineData("  miren ", true)]
    [InlineData("35.10", true)]
    [InlineData("3510", true)]
    [InlineData("35101520", true)]
    [InlineData("35.10.16", false)]
    [InlineData("10.15", false)] // a code matches from its start only
    [InlineData("pakis", false)]
    public void Query_matches_part_of_the_name_or_the_start_of_the_code(string text, bool matches)
    {
        Assert.Equal(matches, new RegionQuery(text).Matches(Region("35.10.15.2004", "Kemiren", "35.10.15")));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" a ", true)]
    [InlineData("ab", false)]
    public void Query_needs_two_characters(string text, bool tooShort)
    {
        Assert.Equal(tooShort, new RegionQuery(text).IsTooShort);
    }
}
